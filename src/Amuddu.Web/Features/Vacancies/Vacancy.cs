using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Positioning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Vacancies;

/// <summary>
/// Draft (being written, by the counsellor or the employer) → Submitted (the employer asks for validation)
/// → Open (validated by the counsellor: visible and matched) → Filled / Closed / Cancelled.
/// </summary>
public enum VacancyStatus
{
    Draft,
    Submitted,
    Open,
    Filled,
    Closed,
    Cancelled,
}

public enum VacancyContract
{
    Permanent,
    FixedTerm,

    /// <summary>Contrat d'insertion (ex-CIP / programme Idmaj).</summary>
    Insertion,
    Seasonal,
    Apprenticeship,
}

/// <summary>A skill the vacancy calls for, from the taxonomy; essential or optional as in ESCO.</summary>
public sealed class VacancySkill
{
    public required string SkillCode { get; set; }
    public SkillRelation Relation { get; set; }
}

/// <summary>A language (ISO 639-1 code of the reference data) with the lowest CEFR level the job needs.</summary>
public sealed class VacancyLanguage
{
    public required string LanguageCode { get; set; }
    public CefrLevel MinimumLevel { get; set; }
}

/// <summary>Where the job is: a region (reference data code), and a city in it when the job is in one place.</summary>
public sealed class VacancyPlace
{
    public required string RegionCode { get; set; }
    public string? City { get; set; }
}

/// <summary>
/// A job offer of a company. It belongs to the service that follows the company (<see cref="OrganisationId"/>,
/// which validates it) and to the company (<see cref="CompanyId"/>, whose users may write and follow it).
/// The requirements live on the row (skills, languages, places as JSON) so that matching reads a vacancy in one row.
/// </summary>
public sealed class Vacancy : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Short reference quoted to the employer and the candidates, e.g. OFF-9C41E07B3F2A (12 random hex digits: no collision to fear at a national scale).</summary>
    public required string Reference { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid CompanyId { get; init; }
    public VacancyStatus Status { get; set; }

    /// <summary>Written by the company's own users: it needs a counsellor's validation before it opens.</summary>
    public bool WrittenByEmployer { get; init; }

    public required string Title { get; set; }
    public string? Description { get; set; }
    public required string OccupationCode { get; set; }
    public List<VacancySkill> Skills { get; set; } = [];
    public List<VacancyLanguage> Languages { get; set; } = [];
    public EducationLevel? MinimumEducation { get; set; }
    public int? ExperienceYears { get; set; }
    public List<VacancyPlace> Places { get; set; } = [];
    public VacancyContract Contract { get; set; }
    public int? HoursPerWeek { get; set; }

    /// <summary>Monthly gross pay in dirhams.</summary>
    public decimal? PayMin { get; set; }
    public decimal? PayMax { get; set; }
    public int Posts { get; set; } = 1;
    public DateOnly StartsOn { get; set; }
    public DateOnly ClosesOn { get; set; }

    public Guid? ValidatedBy { get; set; }
    public DateTimeOffset? ValidatedAt { get; set; }

    /// <summary>Why the counsellor sent it back to the employer, or why it was closed or cancelled.</summary>
    public string? StatusNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }

    public static string NewReference(Guid id) => $"OFF-{id.ToString("N")[^12..].ToUpperInvariant()}";
}

internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.ToTable("vacancies");
        builder.Property(v => v.Reference).HasMaxLength(16);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Description).HasMaxLength(4000);
        builder.Property(v => v.OccupationCode).HasMaxLength(32);
        builder.Property(v => v.MinimumEducation).HasConversion<string>().HasMaxLength(32);
        builder.Property(v => v.Contract).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.PayMin).HasPrecision(12, 2);
        builder.Property(v => v.PayMax).HasPrecision(12, 2);
        builder.Property(v => v.StatusNote).HasMaxLength(1000);
        builder.OwnsMany(v => v.Skills, s =>
        {
            s.ToJson("skills");
            s.Property(x => x.Relation).HasConversion<string>();
        });
        builder.OwnsMany(v => v.Languages, l =>
        {
            l.ToJson("languages");
            l.Property(x => x.MinimumLevel).HasConversion<string>();
        });
        builder.OwnsMany(v => v.Places, p => p.ToJson("places"));
        builder.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(v => v.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Occupation>().WithMany().HasForeignKey(v => v.OccupationCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(v => v.ValidatedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.Reference).IsUnique();
        // Matching a person to vacancies reads the open vacancies of an organisation by occupation.
        builder.HasIndex(v => new { v.OrganisationId, v.Status, v.OccupationCode });
        builder.HasIndex(v => new { v.CompanyId, v.Status });
        builder.ConfigureAudited();
    }
}
