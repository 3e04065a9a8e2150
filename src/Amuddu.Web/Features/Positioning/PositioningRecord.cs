using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Positioning;

/// <summary>Highest level of education completed, after ISCED 2011 in the steps counsellors use.</summary>
public enum EducationLevel
{
    None,
    Primary,
    LowerSecondary,
    UpperSecondary,
    Vocational,
    Bachelor,
    MasterOrHigher,
}

/// <summary>What may stand between the person and a job; several at once.</summary>
[Flags]
public enum PersonConstraints
{
    None = 0,
    Childcare = 1,
    Transport = 2,
    Health = 4,
    Housing = 8,
    Other = 16,
}

public enum Availability
{
    FullTime,
    PartTime,
}

/// <summary>
/// The assessment interview (bilan de positionnement): one per person, edited over time. The
/// lists (diplomas, languages...) hang on the person, not on this record, so they can be filled
/// in before or after the interview is written up.
/// </summary>
public sealed class PositioningRecord : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PersonId { get; init; }
    public Guid OrganisationId { get; init; }
    public DateOnly InterviewedOn { get; set; }
    public Guid? CounsellorId { get; set; }
    public EducationLevel EducationLevel { get; set; }
    public PersonConstraints Constraints { get; set; }

    /// <summary>Health and personal circumstances: encrypted, never in logs or audit details, never on the profile.</summary>
    public string? ConstraintNoteCipher { get; set; }
    public Availability Availability { get; set; }
    public DateOnly? AvailableFrom { get; set; }

    /// <summary>What the person does well, in the counsellor's words; printed on the profile.</summary>
    public string? Strengths { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

internal sealed class PositioningRecordConfiguration : IEntityTypeConfiguration<PositioningRecord>
{
    public void Configure(EntityTypeBuilder<PositioningRecord> builder)
    {
        builder.ToTable("positioning_records");
        builder.Property(r => r.EducationLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Constraints).HasConversion<string>().HasMaxLength(100);
        builder.Property(r => r.ConstraintNoteCipher).HasMaxLength(4000);
        builder.Property(r => r.Availability).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Strengths).HasMaxLength(1000);
        builder.HasOne<Person>().WithOne().HasForeignKey<PositioningRecord>(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.CounsellorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PersonId).IsUnique();
        builder.HasIndex(r => new { r.OrganisationId, r.InterviewedOn });
        builder.HasIndex(r => new { r.OrganisationId, r.UpdatedAt });
        builder.ConfigureAudited();
    }
}
