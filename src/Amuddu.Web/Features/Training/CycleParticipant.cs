using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Training;

public enum ParticipantStatus
{
    /// <summary>Has a seat in the cycle.</summary>
    Enrolled,

    /// <summary>Nominated when the cycle was full: takes the first seat that frees up, in order of nomination.</summary>
    WaitingList,

    /// <summary>Left the cycle (or was withdrawn by the coordinator): the seat goes to the first on the waiting list.</summary>
    Withdrawn,
}

/// <summary>A staff account nominated to a cycle by their manager or the coordinator.</summary>
public sealed class CycleParticipant : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CycleId { get; init; }
    public Guid UserId { get; init; }
    public Guid NominatedBy { get; init; }
    /// <summary>Settable: a participant who withdrew and is nominated again takes their place at the end of the line.</summary>
    public DateTimeOffset NominatedAt { get; set; }
    public ParticipantStatus Status { get; set; }

    /// <summary>Certified by the coordinator to run the cycle's modules in their own region (trainer of trainers).</summary>
    public bool IsCertifiedTrainer { get; set; }

    /// <summary>When the participant met the cycle's completion rule (set when attendance or a post-test settles it).</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// That a participant completed one module (attended its session or a catch-up, and passed its post-test), and
/// when: what the coverage per agency and the before/after view of the service read.
/// </summary>
public sealed class ModuleCompletion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ParticipantId { get; init; }
    public Guid ModuleId { get; init; }

    /// <summary>Denormalised from the participant, so that "who completed module 3, when" is one indexed read.</summary>
    public Guid UserId { get; init; }
    public DateOnly CompletedOn { get; set; }
}

internal sealed class CycleParticipantConfiguration : IEntityTypeConfiguration<CycleParticipant>
{
    public void Configure(EntityTypeBuilder<CycleParticipant> builder)
    {
        builder.ToTable("cycle_participants");
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<TrainingCycle>().WithMany().HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CycleId, p.UserId }).IsUnique();
        builder.HasIndex(p => new { p.CycleId, p.Status, p.NominatedAt });
        builder.HasIndex(p => p.UserId);
        builder.ConfigureAudited();
    }
}

internal sealed class ModuleCompletionConfiguration : IEntityTypeConfiguration<ModuleCompletion>
{
    public void Configure(EntityTypeBuilder<ModuleCompletion> builder)
    {
        builder.ToTable("module_completions");
        builder.HasOne<CycleParticipant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrainingModule>().WithMany().HasForeignKey(c => c.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ParticipantId, c.ModuleId }).IsUnique();
        builder.HasIndex(c => new { c.ModuleId, c.UserId });
        builder.HasIndex(c => c.UserId);
    }
}
