using Amuddu.Web.Data;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Outcomes;

public enum OutcomeKind
{
    Employed,
    SelfEmployed,
    InTraining,
    Exited,
}

public enum ContractType
{
    Cdi,
    Cdd,
    Interim,
    Seasonal,
    Apprenticeship,
    Informal,
}

/// <summary>Monthly wage bands in dirhams; SMIG is Morocco's minimum wage.</summary>
public enum WageBand
{
    BelowSmig,
    SmigTo3000,
    From3000To5000,
    From5000To8000,
    Above8000,
}

public enum WorkingTime
{
    FullTime,
    PartTime,
}

public enum SelfEmploymentStatus
{
    Informal,
    AutoEntrepreneur,
    Company,
    CooperativeMember,
}

public enum ExitReason
{
    MovedAway,
    LeftMorocco,
    NoLongerInterested,
    Unreachable,
    Health,
    Other,
}

/// <summary>
/// Where a person's pathway led: a job, an activity of their own, a training, or leaving the
/// programme. A person may have several over time; the latest (by date) gives <see cref="Person.Stage"/>.
/// Only the fields of the outcome's kind are kept; the others stay null.
/// </summary>
public sealed class Outcome : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PersonId { get; init; }
    public Guid OrganisationId { get; init; }
    public OutcomeKind Kind { get; set; }

    /// <summary>Start of the job, activity or training; the date of exit.</summary>
    public DateOnly StartsOn { get; set; }

    public string? EmployerName { get; set; }
    public Guid? EmployerOrganisationId { get; set; }
    public string? OccupationTitle { get; set; }

    /// <summary>Free for now; the occupations taxonomy will give the list.</summary>
    public string? OccupationCode { get; set; }
    public ContractType? ContractType { get; set; }
    public WageBand? WageBand { get; set; }
    public WorkingTime? WorkingTime { get; set; }

    public string? Activity { get; set; }
    public SelfEmploymentStatus? SelfEmploymentStatus { get; set; }
    public string? CooperativeName { get; set; }

    public string? TrainingTitle { get; set; }
    public string? ProviderName { get; set; }
    public DateOnly? ExpectedEndOn { get; set; }

    public ExitReason? ExitReason { get; set; }

    /// <summary>The exit note, encrypted: it often says why (health, family).</summary>
    public string? NoteCipher { get; set; }

    public Guid? RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }

    /// <summary>A job or an activity of one's own is checked on at 3, 6 and 12 months.</summary>
    public bool SchedulesChecks => Kind is OutcomeKind.Employed or OutcomeKind.SelfEmployed;

    public PathwayStage Stage => Kind switch
    {
        OutcomeKind.Employed => PathwayStage.Employed,
        OutcomeKind.SelfEmployed => PathwayStage.SelfEmployed,
        OutcomeKind.InTraining => PathwayStage.InTraining,
        OutcomeKind.Exited => PathwayStage.Exited,
    };
}

internal sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> builder)
    {
        builder.ToTable("outcomes");
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.ContractType).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.WageBand).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.WorkingTime).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.SelfEmploymentStatus).HasConversion<string>().HasMaxLength(24);
        builder.Property(o => o.ExitReason).HasConversion<string>().HasMaxLength(24);
        builder.Property(o => o.EmployerName).HasMaxLength(200);
        builder.Property(o => o.OccupationTitle).HasMaxLength(200);
        builder.Property(o => o.OccupationCode).HasMaxLength(32);
        builder.Property(o => o.Activity).HasMaxLength(500);
        builder.Property(o => o.CooperativeName).HasMaxLength(200);
        builder.Property(o => o.TrainingTitle).HasMaxLength(200);
        builder.Property(o => o.ProviderName).HasMaxLength(200);
        builder.Property(o => o.NoteCipher).HasMaxLength(6000);
        builder.Ignore(o => o.SchedulesChecks);
        builder.Ignore(o => o.Stage);
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.EmployerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.PersonId);
        builder.HasIndex(o => new { o.OrganisationId, o.UpdatedAt });
        builder.ConfigureAudited();
    }
}
