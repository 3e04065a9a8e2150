using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Training;

public enum TrainingSessionStatus
{
    Planned,
    Held,
    Cancelled,
}

/// <summary>A session of a module: in a place or online, given by one or more trainers to the cycle's participants.</summary>
public sealed class TrainingSession : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ModuleId { get; init; }

    /// <summary>Denormalised from the module so that a cycle's sessions are read without a join.</summary>
    public Guid CycleId { get; init; }
    public DateTimeOffset StartsAt { get; set; }
    public int DurationMinutes { get; set; }

    /// <summary>Where it is held (an agency's address), or null when online.</summary>
    public string? Place { get; set; }
    public Guid? SiteId { get; set; }
    public string? OnlineLink { get; set; }
    public int Capacity { get; set; }

    /// <summary>A catch-up session for those who missed the module's sessions (excused or not).</summary>
    public bool IsCatchUp { get; set; }

    /// <summary>The region it is given in, for sessions run by trainers certified in the cycle (cascade).</summary>
    public string? RegionCode { get; set; }
    public TrainingSessionStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// A trainer of a session: an expert of the delivering organisation (an external trainer's account) or a
/// participant certified as a trainer (cascade). An external trainer sees the cycles of the sessions they give.
/// </summary>
public sealed class TrainingSessionTrainer
{
    public Guid SessionId { get; init; }
    public Guid TrainerId { get; init; }
}

public enum AttendanceStatus
{
    Present,
    Absent,

    /// <summary>Absent with a reason accepted by the coordinator: offered a catch-up session.</summary>
    Excused,
}

/// <summary>Whether a participant attended a session.</summary>
public sealed class TrainingAttendance : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SessionId { get; init; }
    public Guid ParticipantId { get; init; }
    public AttendanceStatus Status { get; set; }
    public string? ExcuseReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("training_sessions");
        builder.Property(s => s.Place).HasMaxLength(300);
        builder.Property(s => s.OnlineLink).HasMaxLength(500);
        builder.Property(s => s.RegionCode).HasMaxLength(16);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<TrainingModule>().WithMany().HasForeignKey(s => s.ModuleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrainingCycle>().WithMany().HasForeignKey(s => s.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CycleId, s.StartsAt });
        builder.HasIndex(s => new { s.ModuleId, s.StartsAt });
        builder.ConfigureAudited();
    }
}

internal sealed class TrainingSessionTrainerConfiguration : IEntityTypeConfiguration<TrainingSessionTrainer>
{
    public void Configure(EntityTypeBuilder<TrainingSessionTrainer> builder)
    {
        builder.ToTable("training_session_trainers");
        builder.HasKey(t => new { t.SessionId, t.TrainerId });
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(t => t.TrainerId).OnDelete(DeleteBehavior.Restrict);
        // What an external trainer teaches.
        builder.HasIndex(t => t.TrainerId);
    }
}

internal sealed class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(EntityTypeBuilder<TrainingAttendance> builder)
    {
        builder.ToTable("training_attendance");
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ExcuseReason).HasMaxLength(500);
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CycleParticipant>().WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.SessionId, a.ParticipantId }).IsUnique();
        builder.HasIndex(a => a.ParticipantId);
        builder.ConfigureAudited();
    }
}
