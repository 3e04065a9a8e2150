using Amuddu.Web.Data;
using Amuddu.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Training;

public enum CycleStatus
{
    /// <summary>Being prepared by the coordinator: modules, sessions and nominations may still change freely.</summary>
    Draft,

    /// <summary>Nominations are open and sessions are held.</summary>
    Open,

    /// <summary>Finished: completion is settled and certificates are issued.</summary>
    Closed,
}

/// <summary>
/// A cycle of staff training (e.g. the 2020 cycle led by experts of the Flemish employment service, VDAB, for
/// ANAPEC's counsellors): modules, their sessions, the staff nominated to follow them and the rule that says
/// who completed it.
/// </summary>
public sealed class TrainingCycle : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The organisation whose coordinator runs the cycle and whose staff follow it.</summary>
    public Guid OrganisationId { get; init; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary>The organisation that delivers it (a foreign public employment service such as VDAB is one of its own kind).</summary>
    public Guid DeliveredById { get; set; }

    /// <summary>Who pays for it (a donor organisation), when known.</summary>
    public Guid? FunderId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }

    /// <summary>Target audience: the staff roles it is meant for (<see cref="Access.Roles"/>).</summary>
    public List<string> TargetRoles { get; set; } = [];

    /// <summary>Target audience: the agencies (sites) it is meant for; empty means every agency.</summary>
    public List<Guid> TargetSiteIds { get; set; } = [];

    /// <summary>Target audience: the regions (reference data codes) it is meant for; empty means every region.</summary>
    public List<string> TargetRegions { get; set; } = [];

    /// <summary>How many staff may be enrolled; those nominated beyond it wait in line.</summary>
    public int Capacity { get; set; }

    /// <summary>Completion rule: the share of the cycle's sessions a participant must attend (excused absences do not count as attended).</summary>
    public int MinAttendancePercent { get; set; } = 80;

    /// <summary>Completion rule: the score a participant must reach in each module's post-test.</summary>
    public int MinPostTestPercent { get; set; } = 60;
    public CycleStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>A module of a cycle (e.g. "Face-to-face services: reception, positioning and follow-up").</summary>
public sealed class TrainingModule : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CycleId { get; init; }

    /// <summary>Its place in the cycle, from 1.</summary>
    public int Number { get; set; }
    public required string Title { get; set; }

    /// <summary>The learning objectives, one per line.</summary>
    public string? Objectives { get; set; }
    public int DurationHours { get; set; }

    /// <summary>
    /// What the module is about, for the before/after view: the module on reception, positioning and follow-up is
    /// the one whose effect on the service is compared.
    /// </summary>
    public ModuleTheme Theme { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

public enum ModuleTheme
{
    Interculturality,
    MultiActorSystem,
    FaceToFaceServices,
    Other,
}

internal sealed class TrainingCycleConfiguration : IEntityTypeConfiguration<TrainingCycle>
{
    public void Configure(EntityTypeBuilder<TrainingCycle> builder)
    {
        builder.ToTable("training_cycles");
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.DeliveredById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.FunderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganisationId, c.StartsOn });
        builder.ConfigureAudited();
    }
}

internal sealed class TrainingModuleConfiguration : IEntityTypeConfiguration<TrainingModule>
{
    public void Configure(EntityTypeBuilder<TrainingModule> builder)
    {
        builder.ToTable("training_modules");
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Objectives).HasMaxLength(4000);
        builder.Property(m => m.Theme).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<TrainingCycle>().WithMany().HasForeignKey(m => m.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.CycleId, m.Number }).IsUnique();
        builder.ConfigureAudited();
    }
}
