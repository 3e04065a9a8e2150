using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Positioning;

/// <summary>What a skill is about; close to ESCO's skill type and reuse level, so an import can map onto it.</summary>
public enum SkillKind
{
    Transversal,
    Digital,
    Technical,
    Licence,
}

/// <summary>As in ESCO's occupation–skill relations.</summary>
public enum SkillRelation
{
    Essential,
    Optional,
}

/// <summary>
/// An occupation of the taxonomy. <see cref="Code"/> is ours and never changes, so records keep
/// pointing at it whatever is imported later; <see cref="EscoUri"/> ties it to an ESCO concept
/// when one is known, and <see cref="IscoGroup"/> is the ISCO-08 unit group (4 digits) ESCO also gives.
/// </summary>
public sealed class Occupation : ITaxonomyEntry
{
    public required string Code { get; init; }
    public required string IscoGroup { get; set; }
    public string? EscoUri { get; set; }
    public required string NameFr { get; set; }
    public required string NameAr { get; set; }
    public required string NameEn { get; set; }

    /// <summary>Other names people use, one per line, as ESCO's altLabels.</summary>
    public string AltLabelsFr { get; set; } = "";
    public string AltLabelsAr { get; set; } = "";
    public string AltLabelsEn { get; set; } = "";

    /// <summary>Every label in the three languages, folded by <see cref="TaxonomyText.Fold"/>, for search.</summary>
    public string SearchText { get; set; } = "";
    public bool IsActive { get; set; } = true;

    /// <summary>The ISCO-08 major group (first digit), by which lists are grouped.</summary>
    public string MajorGroup => IscoGroup[..1];
}

/// <summary>A skill, competence or licence of the taxonomy; same identity rules as <see cref="Occupation"/>.</summary>
public sealed class Skill : ITaxonomyEntry
{
    public required string Code { get; init; }
    public SkillKind Kind { get; set; }
    public string? EscoUri { get; set; }
    public required string NameFr { get; set; }
    public required string NameAr { get; set; }
    public required string NameEn { get; set; }
    public string AltLabelsFr { get; set; } = "";
    public string AltLabelsAr { get; set; } = "";
    public string AltLabelsEn { get; set; } = "";
    public string SearchText { get; set; } = "";
    public bool IsActive { get; set; } = true;
}

/// <summary>A skill an occupation calls for, essential or optional, as ESCO's occupationSkillRelations.</summary>
public sealed class OccupationSkill
{
    public required string OccupationCode { get; init; }
    public required string SkillCode { get; init; }
    public SkillRelation Relation { get; set; }
}

public interface ITaxonomyEntry
{
    string Code { get; }
    string NameFr { get; set; }
    string NameAr { get; set; }
    string NameEn { get; set; }
    string AltLabelsFr { get; set; }
    string AltLabelsAr { get; set; }
    string AltLabelsEn { get; set; }
}

public static class TaxonomyText
{
    public static string NameIn(this ITaxonomyEntry entry, CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "ar" => entry.NameAr,
        "en" => entry.NameEn,
        _ => entry.NameFr,
    };

    public static string SearchTextOf(ITaxonomyEntry entry) =>
        Fold(string.Join(' ', entry.Code, entry.NameFr, entry.NameAr, entry.NameEn, entry.AltLabelsFr, entry.AltLabelsAr, entry.AltLabelsEn));

    /// <summary>
    /// Lower case without accents, Arabic without short vowels, shadda or tatweel and with its
    /// letter variants merged (أ إ آ → ا, ة → ه, ى → ي), so that "soudeur" finds "Soudeur" and
    /// "نجار" finds "نجّار". Anything else becomes a single space.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category == UnicodeCategory.NonSpacingMark || raw == '\u0640')
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw) switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                'œ' => 'o',
                'æ' => 'a',
                var other => other,
            };
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}

internal sealed class OccupationConfiguration : IEntityTypeConfiguration<Occupation>
{
    public void Configure(EntityTypeBuilder<Occupation> builder)
    {
        builder.ToTable("occupations");
        builder.HasKey(o => o.Code);
        builder.Property(o => o.Code).HasMaxLength(32);
        builder.Property(o => o.IscoGroup).HasMaxLength(4);
        builder.Property(o => o.EscoUri).HasMaxLength(200);
        TaxonomyColumns.Configure(builder);
        builder.Ignore(o => o.MajorGroup);
        builder.HasIndex(o => o.EscoUri).IsUnique();
        builder.HasIndex(o => o.IscoGroup);
    }
}

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> builder)
    {
        builder.ToTable("skills");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(32);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.EscoUri).HasMaxLength(200);
        TaxonomyColumns.Configure(builder);
        builder.HasIndex(s => s.EscoUri).IsUnique();
    }
}

internal sealed class OccupationSkillConfiguration : IEntityTypeConfiguration<OccupationSkill>
{
    public void Configure(EntityTypeBuilder<OccupationSkill> builder)
    {
        builder.ToTable("occupation_skills");
        builder.HasKey(r => new { r.OccupationCode, r.SkillCode });
        builder.Property(r => r.Relation).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Occupation>().WithMany().HasForeignKey(r => r.OccupationCode).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Skill>().WithMany().HasForeignKey(r => r.SkillCode).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.SkillCode);
    }
}

internal static class TaxonomyColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder) where T : class, ITaxonomyEntry
    {
        foreach (var name in new[] { nameof(ITaxonomyEntry.NameFr), nameof(ITaxonomyEntry.NameAr), nameof(ITaxonomyEntry.NameEn) })
        {
            builder.Property(name).HasMaxLength(200);
        }

        foreach (var name in new[] { nameof(ITaxonomyEntry.AltLabelsFr), nameof(ITaxonomyEntry.AltLabelsAr), nameof(ITaxonomyEntry.AltLabelsEn) })
        {
            builder.Property(name).HasMaxLength(2000);
        }

        builder.Property("SearchText").HasMaxLength(4000);
    }
}
