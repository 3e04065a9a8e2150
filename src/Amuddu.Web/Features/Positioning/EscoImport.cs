using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Positioning;

/// <summary>The ESCO files of one language, in ESCO's own CSV download format; any may be left out.</summary>
public sealed record EscoFiles(string Language, Stream? Occupations, Stream? Skills, Stream? Relations);

public sealed record EscoImportResult(
    int OccupationsAdded, int OccupationsUpdated, int SkillsAdded, int SkillsUpdated, int RelationsAdded, int RelationsUpdated,
    IReadOnlyList<EscoRejectedRow> Rejected);

/// <summary>A row left out, with its file, its number in that file (the header is row 1; a quoted field may span lines) and why.</summary>
public sealed record EscoRejectedRow(string File, int Row, string Reason);

/// <summary>
/// Imports ESCO's occupations (with their ISCO-08 unit group and alternative labels), skills and occupation–skill
/// relations into the taxonomy, matched on the ESCO concept URI so that an import run again, or a newer ESCO version,
/// updates in place. Each run writes the labels of one language (ESCO publishes French and English files; Arabic
/// labels come from a file in the same format made by the service): the other languages' labels of a new concept
/// start as the imported ones until their own file is imported. An occupation of ours without a URI whose English
/// name is the ESCO preferred label is tied to that concept instead of being added twice. Codes, once given, never
/// change, so positioning records keep pointing at them.
/// </summary>
public static class EscoImport
{
    public static readonly IReadOnlyList<string> Languages = ["fr", "ar", "en"];

    public static async Task<EscoImportResult> RunAsync(AmudduDbContext db, EscoFiles files, CancellationToken cancellationToken)
    {
        if (!Languages.Contains(files.Language))
        {
            throw new ArgumentException($"The language must be one of {string.Join(", ", Languages)}.", nameof(files));
        }

        var rejected = new List<EscoRejectedRow>();
        var (occupationsAdded, occupationsUpdated) = files.Occupations is null
            ? (0, 0)
            : await ImportOccupationsAsync(db, files.Language, files.Occupations, rejected, cancellationToken);
        var (skillsAdded, skillsUpdated) = files.Skills is null
            ? (0, 0)
            : await ImportSkillsAsync(db, files.Language, files.Skills, rejected, cancellationToken);
        var (relationsAdded, relationsUpdated) = files.Relations is null
            ? (0, 0)
            : await ImportRelationsAsync(db, files.Relations, rejected, cancellationToken);
        return new EscoImportResult(occupationsAdded, occupationsUpdated, skillsAdded, skillsUpdated, relationsAdded, relationsUpdated, rejected);
    }

    private static async Task<(int Added, int Updated)> ImportOccupationsAsync(
        AmudduDbContext db, string language, Stream source, List<EscoRejectedRow> rejected, CancellationToken cancellationToken)
    {
        var existing = await db.Occupations.ToListAsync(cancellationToken);
        var byUri = existing.Where(o => o.EscoUri is not null).ToDictionary(o => o.EscoUri!, StringComparer.Ordinal);
        var byEnglishName = existing.Where(o => o.EscoUri is null)
            .GroupBy(o => o.NameEn.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var codes = existing.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        int added = 0, updated = 0;
        foreach (var row in Rows(source, "occupations", ["conceptUri", "iscoGroup", "preferredLabel", "altLabels"], rejected))
        {
            var (uri, isco, label, altLabels) = (row["conceptUri"], row["iscoGroup"], row["preferredLabel"], row["altLabels"]);
            if (!IsConceptUri(uri) || label.Length == 0 || label.Length > 200)
            {
                rejected.Add(new EscoRejectedRow("occupations", row.Number, "conceptUri or preferredLabel missing or too long"));
                continue;
            }

            if (isco.Length != 4 || !isco.All(char.IsAsciiDigit))
            {
                rejected.Add(new EscoRejectedRow("occupations", row.Number, $"iscoGroup '{isco}' is not an ISCO-08 unit group of 4 digits"));
                continue;
            }

            if (byUri.TryGetValue(uri, out var occupation)
                || (language == "en" && byEnglishName.Remove(label, out occupation)))
            {
                occupation.EscoUri = uri;
                occupation.IscoGroup = isco;
                updated++;
            }
            else
            {
                occupation = new Occupation { Code = NewCode(uri, codes), IscoGroup = isco, EscoUri = uri, NameFr = label, NameAr = label, NameEn = label };
                db.Occupations.Add(occupation);
                byUri[uri] = occupation;
                added++;
            }

            SetLabels(occupation, language, label, altLabels);
            occupation.SearchText = TaxonomyText.SearchTextOf(occupation);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (added, updated);
    }

    private static async Task<(int Added, int Updated)> ImportSkillsAsync(
        AmudduDbContext db, string language, Stream source, List<EscoRejectedRow> rejected, CancellationToken cancellationToken)
    {
        var existing = await db.Skills.ToListAsync(cancellationToken);
        var byUri = existing.Where(s => s.EscoUri is not null).ToDictionary(s => s.EscoUri!, StringComparer.Ordinal);
        var codes = existing.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        int added = 0, updated = 0;
        foreach (var row in Rows(source, "skills", ["conceptUri", "reuseLevel", "preferredLabel", "altLabels"], rejected))
        {
            var (uri, reuse, label, altLabels) = (row["conceptUri"], row["reuseLevel"], row["preferredLabel"], row["altLabels"]);
            if (!IsConceptUri(uri) || label.Length == 0 || label.Length > 200)
            {
                rejected.Add(new EscoRejectedRow("skills", row.Number, "conceptUri or preferredLabel missing or too long"));
                continue;
            }

            if (byUri.TryGetValue(uri, out var skill))
            {
                updated++;
            }
            else
            {
                skill = new Skill { Code = NewCode(uri, codes), EscoUri = uri, NameFr = label, NameAr = label, NameEn = label };
                db.Skills.Add(skill);
                byUri[uri] = skill;
                added++;
            }

            // ESCO's reuse level: transversal skills travel across occupations; the others are the trade's own.
            skill.Kind = reuse.Equals("transversal", StringComparison.OrdinalIgnoreCase) ? SkillKind.Transversal : SkillKind.Technical;
            SetLabels(skill, language, label, altLabels);
            skill.SearchText = TaxonomyText.SearchTextOf(skill);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (added, updated);
    }

    private static async Task<(int Added, int Updated)> ImportRelationsAsync(
        AmudduDbContext db, Stream source, List<EscoRejectedRow> rejected, CancellationToken cancellationToken)
    {
        var occupations = await db.Occupations.AsNoTracking().Where(o => o.EscoUri != null)
            .ToDictionaryAsync(o => o.EscoUri!, o => o.Code, StringComparer.Ordinal, cancellationToken);
        var skills = await db.Skills.AsNoTracking().Where(s => s.EscoUri != null)
            .ToDictionaryAsync(s => s.EscoUri!, s => s.Code, StringComparer.Ordinal, cancellationToken);
        var existing = await db.OccupationSkills.ToDictionaryAsync(r => (r.OccupationCode, r.SkillCode), cancellationToken);
        int added = 0, updated = 0;
        foreach (var row in Rows(source, "relations", ["occupationUri", "relationType", "skillUri"], rejected))
        {
            if (!occupations.TryGetValue(row["occupationUri"], out var occupation) || !skills.TryGetValue(row["skillUri"], out var skill))
            {
                rejected.Add(new EscoRejectedRow("relations", row.Number, "occupationUri or skillUri is not in the taxonomy (import occupations and skills first)"));
                continue;
            }

            SkillRelation? relation = row["relationType"].ToLowerInvariant() switch
            {
                "essential" => SkillRelation.Essential,
                "optional" => SkillRelation.Optional,
                _ => null,
            };
            if (relation is null)
            {
                rejected.Add(new EscoRejectedRow("relations", row.Number, $"relationType '{row["relationType"]}' is neither essential nor optional"));
                continue;
            }

            if (existing.TryGetValue((occupation, skill), out var known))
            {
                known.Relation = relation.Value;
                updated++;
            }
            else
            {
                var link = new OccupationSkill { OccupationCode = occupation, SkillCode = skill, Relation = relation.Value };
                db.OccupationSkills.Add(link);
                existing[(occupation, skill)] = link;
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (added, updated);
    }

    private static void SetLabels(ITaxonomyEntry entry, string language, string label, string altLabels)
    {
        // ESCO separates alternative labels by line breaks, as we store them.
        var alternatives = string.Join('\n', altLabels.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(a => a.Length <= 200).Distinct(StringComparer.OrdinalIgnoreCase));
        if (alternatives.Length > 2000)
        {
            alternatives = alternatives[..alternatives.LastIndexOf('\n', 2000)];
        }

        switch (language)
        {
            case "fr":
                (entry.NameFr, entry.AltLabelsFr) = (label, alternatives);
                break;
            case "ar":
                (entry.NameAr, entry.AltLabelsAr) = (label, alternatives);
                break;
            default:
                (entry.NameEn, entry.AltLabelsEn) = (label, alternatives);
                break;
        }
    }

    /// <summary>"ESCO-" and the first 12 hexadecimal digits of the concept's id, longer in the unlikely case they are taken.</summary>
    private static string NewCode(string uri, HashSet<string> taken)
    {
        var id = uri[(uri.LastIndexOf('/') + 1)..].Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        for (var length = Math.Min(12, id.Length); ; length++)
        {
            var code = "ESCO-" + id[..Math.Min(length, id.Length)];
            if (taken.Add(code) || length >= id.Length)
            {
                return code;
            }
        }
    }

    private static bool IsConceptUri(string uri) =>
        uri.Length <= 200 && uri.StartsWith("http://data.europa.eu/esco/", StringComparison.Ordinal) && uri.LastIndexOf('/') < uri.Length - 1;

    private sealed class Row(string[] fields, Dictionary<string, int> columns, int number)
    {
        public int Number { get; } = number;

        public string this[string column] =>
            columns.TryGetValue(column, out var index) && index < fields.Length ? fields[index].Trim() : "";
    }

    /// <summary>The file's rows, columns found by their header name (ESCO's files differ in their column order across versions).</summary>
    private static IEnumerable<Row> Rows(Stream source, string file, string[] required, List<EscoRejectedRow> rejected)
    {
        using var rows = CsvFiles.ReadRows(source).GetEnumerator();
        if (!rows.MoveNext())
        {
            rejected.Add(new EscoRejectedRow(file, 1, "the file is empty"));
            yield break;
        }

        var columns = rows.Current.Select((name, index) => (name: name.Trim().TrimStart('\uFEFF'), index))
            .GroupBy(c => c.name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().index, StringComparer.OrdinalIgnoreCase);
        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            rejected.Add(new EscoRejectedRow(file, 1, $"the header lacks {string.Join(", ", missing)}"));
            yield break;
        }

        var number = 1;
        while (rows.MoveNext())
        {
            number++;
            yield return new Row(rows.Current, columns, number);
        }
    }
}
