using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Exchanges;

public enum CommitmentStatus
{
    /// <summary>No follow-up has said yet.</summary>
    Pending,
    Adopted,
    Adapted,
    NotAdopted,
}

/// <summary>"Adopt practice X in agency Y by date", with the staff member who answers for it.</summary>
public sealed class Commitment : IAudited
{
    /// <summary>The follow-ups asked after the commitment, in months.</summary>
    public static readonly int[] FollowUpMonths = [3, 6];

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid PracticeId { get; init; }

    /// <summary>The agency that adopts it.</summary>
    public Guid SiteId { get; set; }
    public Guid OwnerId { get; set; }
    public DateOnly CommittedOn { get; init; }
    public DateOnly AdoptBy { get; set; }

    /// <summary>What the latest follow-up said.</summary>
    public CommitmentStatus Status { get; set; }

    /// <summary>When it was adopted (or adapted): the date of the follow-up that first said so.</summary>
    public DateOnly? AdoptedOn { get; set; }

    /// <summary>The service indicator the practice is meant to move, shown in the before/after view around <see cref="AdoptedOn"/>.</summary>
    public ServiceIndicator? Indicator { get; set; }
    public List<CommitmentFollowUp> FollowUps { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>The follow-up of a commitment 3 or 6 months after it: due on a date, answered once.</summary>
public sealed class CommitmentFollowUp
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CommitmentId { get; init; }
    public int AfterMonths { get; init; }
    public DateOnly DueOn { get; init; }

    /// <summary>Null while not answered.</summary>
    public CommitmentStatus? Result { get; set; }
    public string? Note { get; set; }
    public DateOnly? RecordedOn { get; set; }
    public Guid? RecordedBy { get; set; }
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("practice_commitments");
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Indicator).HasConversion<string>().HasMaxLength(32);
        builder.HasMany(c => c.FollowUps).WithOne().HasForeignKey(f => f.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Practice>().WithMany().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganisationId, c.AdoptBy });
        builder.HasIndex(c => c.OwnerId);
        builder.HasIndex(c => c.PracticeId);
        builder.ConfigureAudited();
    }
}

internal sealed class CommitmentFollowUpConfiguration : IEntityTypeConfiguration<CommitmentFollowUp>
{
    public void Configure(EntityTypeBuilder<CommitmentFollowUp> builder)
    {
        builder.ToTable("commitment_follow_ups");
        builder.Property(f => f.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Note).HasMaxLength(2000);
        builder.HasIndex(f => new { f.CommitmentId, f.AfterMonths }).IsUnique();
        // The reminder pass reads the unanswered ones that fell due.
        builder.HasIndex(f => new { f.Result, f.DueOn });
    }
}
