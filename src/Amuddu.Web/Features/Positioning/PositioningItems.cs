using Amuddu.Web.Data;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Positioning;

public enum DiplomaRecognition
{
    Recognised,
    EquivalenceInProgress,
    NotRecognised,
    NotRequested,
}

/// <summary>Common European Framework of Reference for Languages.</summary>
public enum CefrLevel
{
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

public enum LanguageAssessment
{
    SelfDeclared,
    Tested,
}

public enum SkillLevel
{
    Basic,
    Intermediate,
    Advanced,
}

public enum KeySkillsTestKind
{
    Literacy,
    Numeracy,
    Digital,
    French,
    Arabic,
    English,
    Other,
}

public enum TryoutOutcome
{
    Planned,
    Conclusive,
    NotConclusive,
    Abandoned,
}

/// <summary>One line of a positioning list: it belongs to one person of one organisation, and carries a version.</summary>
public abstract class PositioningItem : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PersonId { get; set; }
    public Guid OrganisationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

public sealed class PositioningDiploma : PositioningItem
{
    public string Title { get; set; } = "";
    public EducationLevel Level { get; set; }
    public string? Field { get; set; }
    public string CountryCode { get; set; } = "";
    public int? Year { get; set; }
    public DiplomaRecognition Recognition { get; set; }
}

public sealed class PositioningLanguage : PositioningItem
{
    public string LanguageCode { get; set; } = "";
    public bool MotherTongue { get; set; }
    public CefrLevel? Understanding { get; set; }
    public CefrLevel? Speaking { get; set; }
    public CefrLevel? Writing { get; set; }
    public LanguageAssessment Assessment { get; set; }
}

public sealed class PositioningExperience : PositioningItem
{
    public string? OccupationCode { get; set; }
    public string? Title { get; set; }
    public int Years { get; set; }
    public string CountryCode { get; set; } = "";
}

public sealed class PositioningSkill : PositioningItem
{
    public string SkillCode { get; set; } = "";
    public SkillLevel Level { get; set; }
}

public sealed class TargetOccupation : PositioningItem
{
    public string OccupationCode { get; set; } = "";
    public int Priority { get; set; }
}

public sealed class KeySkillsTest : PositioningItem
{
    public KeySkillsTestKind Kind { get; set; }
    public DateOnly TakenOn { get; set; }
    public int? Score { get; set; }

    /// <summary>A CEFR level for a language test, a <see cref="SkillLevel"/> for the others.</summary>
    public string? ResultLevel { get; set; }
    public string? AssessedBy { get; set; }
}

/// <summary>An essai-métier: a few days in a real workplace to check the trade suits the person.</summary>
public sealed class JobTryout : PositioningItem
{
    public string? EmployerName { get; set; }
    public Guid? EmployerOrganisationId { get; set; }
    public string OccupationCode { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public TryoutOutcome Outcome { get; set; }
    public string? Note { get; set; }
}

internal static class PositioningItemConfiguration
{
    public static void ConfigureItem<T>(this EntityTypeBuilder<T> builder, string table) where T : PositioningItem
    {
        builder.ToTable(table);
        builder.HasKey(i => i.Id);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.PersonId);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}

internal sealed class PositioningDiplomaConfiguration : IEntityTypeConfiguration<PositioningDiploma>
{
    public void Configure(EntityTypeBuilder<PositioningDiploma> builder)
    {
        builder.ConfigureItem("positioning_diplomas");
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.Level).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Field).HasMaxLength(200);
        builder.Property(d => d.CountryCode).HasMaxLength(8);
        builder.Property(d => d.Recognition).HasConversion<string>().HasMaxLength(32);
    }
}

internal sealed class PositioningLanguageConfiguration : IEntityTypeConfiguration<PositioningLanguage>
{
    public void Configure(EntityTypeBuilder<PositioningLanguage> builder)
    {
        builder.ConfigureItem("positioning_languages");
        builder.Property(l => l.LanguageCode).HasMaxLength(8);
        builder.Property(l => l.Understanding).HasConversion<string>().HasMaxLength(2);
        builder.Property(l => l.Speaking).HasConversion<string>().HasMaxLength(2);
        builder.Property(l => l.Writing).HasConversion<string>().HasMaxLength(2);
        builder.Property(l => l.Assessment).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(l => new { l.PersonId, l.LanguageCode }).IsUnique();
    }
}

internal sealed class PositioningExperienceConfiguration : IEntityTypeConfiguration<PositioningExperience>
{
    public void Configure(EntityTypeBuilder<PositioningExperience> builder)
    {
        builder.ConfigureItem("positioning_experiences");
        builder.Property(e => e.OccupationCode).HasMaxLength(32);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.CountryCode).HasMaxLength(8);
        builder.HasOne<Occupation>().WithMany().HasForeignKey(e => e.OccupationCode).OnDelete(DeleteBehavior.Restrict);
        // Matching finds people who worked in a vacancy's occupation: the person is in the index, so the ids are read from it alone.
        builder.HasIndex(e => new { e.OrganisationId, e.OccupationCode, e.PersonId });
    }
}

internal sealed class PositioningSkillConfiguration : IEntityTypeConfiguration<PositioningSkill>
{
    public void Configure(EntityTypeBuilder<PositioningSkill> builder)
    {
        builder.ConfigureItem("positioning_skills");
        builder.Property(s => s.SkillCode).HasMaxLength(32);
        builder.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Skill>().WithMany().HasForeignKey(s => s.SkillCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PersonId, s.SkillCode }).IsUnique();
        // Matching candidates to vacancies looks people up by skill.
        builder.HasIndex(s => new { s.OrganisationId, s.SkillCode });
    }
}

internal sealed class TargetOccupationConfiguration : IEntityTypeConfiguration<TargetOccupation>
{
    public void Configure(EntityTypeBuilder<TargetOccupation> builder)
    {
        builder.ConfigureItem("positioning_target_occupations");
        builder.Property(t => t.OccupationCode).HasMaxLength(32);
        builder.HasOne<Occupation>().WithMany().HasForeignKey(t => t.OccupationCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.PersonId, t.OccupationCode }).IsUnique();
        // Matching finds the people aiming at a vacancy's occupations from this index alone (tens of thousands for a common trade).
        builder.HasIndex(t => new { t.OrganisationId, t.OccupationCode, t.PersonId });
    }
}

internal sealed class KeySkillsTestConfiguration : IEntityTypeConfiguration<KeySkillsTest>
{
    public void Configure(EntityTypeBuilder<KeySkillsTest> builder)
    {
        builder.ConfigureItem("positioning_key_skills_tests");
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ResultLevel).HasMaxLength(16);
        builder.Property(t => t.AssessedBy).HasMaxLength(200);
    }
}

internal sealed class JobTryoutConfiguration : IEntityTypeConfiguration<JobTryout>
{
    public void Configure(EntityTypeBuilder<JobTryout> builder)
    {
        builder.ConfigureItem("positioning_job_tryouts");
        builder.Property(t => t.EmployerName).HasMaxLength(200);
        builder.Property(t => t.OccupationCode).HasMaxLength(32);
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Note).HasMaxLength(1000);
        builder.HasOne<Occupation>().WithMany().HasForeignKey(t => t.OccupationCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.EmployerOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
