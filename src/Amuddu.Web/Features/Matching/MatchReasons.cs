using System.Globalization;
using Amuddu.Matching;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Matching;

/// <summary>Turns the engine's parts into sentences a counsellor reads, with the taxonomy's names, in the current language.</summary>
public sealed class MatchReasons(IStringLocalizer text, IReadOnlyDictionary<string, string> occupations, IReadOnlyDictionary<string, string> skills,
    IReadOnlyDictionary<string, string> languages, IReadOnlyDictionary<string, string> regions)
{
    /// <summary>Loads the names the given results need (occupations, skills, languages, regions).</summary>
    public static async Task<MatchReasons> LoadAsync(AmudduDbContext db, IStringLocalizer text, IEnumerable<MatchResult> results, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var parts = results.SelectMany(r => r.Parts).ToList();
        var occupationCodes = parts.Where(p => p.Kind is MatchPartKind.Occupation or MatchPartKind.Experience)
            .SelectMany(p => p.Items).SelectMany(i => new[] { i.Code, i.Held ?? "" }).Where(c => c.Length > 0).Distinct().ToList();
        var skillCodes = parts.Where(p => p.Kind == MatchPartKind.Skills).SelectMany(p => p.Items).Select(i => i.Code).Distinct().ToList();
        var occupations = (await db.Occupations.AsNoTracking().Where(o => occupationCodes.Contains(o.Code)).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Code, o => o.NameIn(culture));
        var skills = (await db.Skills.AsNoTracking().Where(s => skillCodes.Contains(s.Code)).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Code, s => s.NameIn(culture));
        return new MatchReasons(text, occupations, skills, await ReferenceNames.LoadAsync(db, ReferenceKind.Language),
            await ReferenceNames.LoadAsync(db, ReferenceKind.Region));
    }

    public string SkillName(string code) => skills.GetValueOrDefault(code, code);

    public IReadOnlyList<MatchPartResponse> Parts(MatchResult result) => [.. result.Parts.Select(p => new MatchPartResponse(
        p.Kind.ToString(), p.Weight, p.Points, p.Outcome.ToString(), Reason(p),
        [.. p.Items.Select(i => new MatchItemResponse(i.Code, NameOf(p.Kind, i.Code), i.Outcome.ToString(), i.Required, i.Held))]))];

    private string? NameOf(MatchPartKind kind, string code) => kind switch
    {
        MatchPartKind.Occupation or MatchPartKind.Experience => occupations.GetValueOrDefault(code),
        MatchPartKind.Skills => skills.GetValueOrDefault(code),
        MatchPartKind.Languages => languages.GetValueOrDefault(code),
        MatchPartKind.Education or MatchPartKind.Place or MatchPartKind.Availability => null,
    };

    private string Occupation(string? code) => code is null ? "" : occupations.GetValueOrDefault(code, code);

    private string Language(string code) => languages.GetValueOrDefault(code, code);

    private string Education(string? step) => step is null ? text["Matching.Unknown"] : text[$"Positioning.Education.{step}"];

    private static string Date(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d", CultureInfo.CurrentCulture) : "";

    private string Place(string? place)
    {
        if (place is null)
        {
            return text["Matching.Unknown"];
        }

        foreach (var (code, name) in regions)
        {
            place = place.Replace(code, name, StringComparison.Ordinal);
        }

        return place;
    }

    /// <summary>One sentence for the part: what is met, what falls short, with the names and levels involved.</summary>
    public string Reason(MatchPart part)
    {
        var items = part.Items;
        var list = ", ".ToString();
        switch (part.Kind)
        {
            case MatchPartKind.Occupation:
            {
                var item = items[0];
                return text[$"Matching.Occupation.{item.Required}", Occupation(item.Code), Occupation(item.Held)];
            }

            case MatchPartKind.Skills:
            {
                if (items.Count == 0)
                {
                    return text["Matching.Skills.NoneAsked"];
                }

                var essential = items.Where(i => i.Required == "essential").ToList();
                var covered = essential.Count(i => i.Outcome != PartOutcome.Short);
                var missing = items.Where(i => i.Outcome == PartOutcome.Short).Select(i => SkillName(i.Code)).ToList();
                var basic = items.Where(i => i.Outcome == PartOutcome.Partly).Select(i => SkillName(i.Code)).ToList();
                var sentence = text["Matching.Skills.Covered", covered, essential.Count].Value;
                if (missing.Count > 0)
                {
                    sentence += " " + text["Matching.Skills.Missing", string.Join(list, missing)];
                }

                if (basic.Count > 0)
                {
                    sentence += " " + text["Matching.Skills.Basic", string.Join(list, basic)];
                }

                return sentence;
            }

            case MatchPartKind.Languages:
                return items.Count == 0
                    ? text["Matching.Languages.NoneAsked"]
                    : string.Join(" ", items.Select(i => text[$"Matching.Languages.{i.Outcome}", Language(i.Code), i.Required ?? "", i.Held ?? text["Matching.Unknown"]].Value));

            case MatchPartKind.Education:
                return items.Count == 0
                    ? text["Matching.Education.NoneAsked"]
                    : text[$"Matching.Education.{items[0].Outcome}", Education(items[0].Required), Education(items[0].Held)];

            case MatchPartKind.Experience:
                return items.Count == 0
                    ? text["Matching.Experience.NoneAsked"]
                    : text[$"Matching.Experience.{items[0].Outcome}", items[0].Required ?? "", items[0].Held ?? "0", Occupation(items[0].Code)];

            case MatchPartKind.Place:
                return items.Count == 0
                    ? text["Matching.Place.NoneAsked"]
                    : text[$"Matching.Place.{items[0].Outcome}", Place(items[0].Held), Place(items[0].Required)];

            case MatchPartKind.Availability:
                return items[0].Held is null
                    ? text["Matching.Availability.Unknown", Date(items[0].Required)]
                    : text[$"Matching.Availability.{items[0].Outcome}", Date(items[0].Held), Date(items[0].Required)];
        }

        return "";
    }
}
