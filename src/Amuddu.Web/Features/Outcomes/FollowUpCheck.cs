using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Outcomes;

/// <summary>Pending until recorded; missed when the person could not be reached.</summary>
public enum CheckStatus
{
    Pending,
    Done,
    Missed,
}

public enum CheckResult
{
    StillInJob,
    ChangedJob,
    WithoutWork,
    Unreachable,
}

/// <summary>
/// A check on a person 3, 6 or 12 months after the start of a job or an activity, scheduled by
/// <see cref="CheckSchedule"/> and recorded once.
/// </summary>
public sealed class FollowUpCheck : IAudited
{
    public static readonly int[] Months = [3, 6, 12];

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OutcomeId { get; init; }
    public Guid PersonId { get; init; }
    public Guid OrganisationId { get; init; }
    public int AfterMonths { get; init; }
    public DateOnly DueOn { get; set; }
    public CheckStatus Status { get; set; }
    public CheckResult? Result { get; set; }
    public string? NoteCipher { get; set; }
    public DateOnly? DoneOn { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public Guid? DoneBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

internal sealed class FollowUpCheckConfiguration : IEntityTypeConfiguration<FollowUpCheck>
{
    public void Configure(EntityTypeBuilder<FollowUpCheck> builder)
    {
        builder.ToTable("follow_up_checks");
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.NoteCipher).HasMaxLength(6000);
        builder.HasOne<Outcome>().WithMany().HasForeignKey(c => c.OutcomeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.OutcomeId, c.AfterMonths }).IsUnique();
        // The counsellor's home page: pending checks of the organisation by due date.
        builder.HasIndex(c => new { c.OrganisationId, c.Status, c.DueOn });
        builder.HasIndex(c => c.PersonId);
        builder.HasIndex(c => new { c.OrganisationId, c.UpdatedAt });
        builder.ConfigureAudited();
    }
}
