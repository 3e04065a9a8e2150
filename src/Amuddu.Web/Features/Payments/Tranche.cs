using Amuddu.Web.Data;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Payments;

public enum TrancheStatus
{
    /// <summary>Its condition is not met yet.</summary>
    Planned,

    /// <summary>Its condition is met: it may be ordered.</summary>
    Due,

    /// <summary>A payment order for it is in force (ordered or exported to the bank).</summary>
    Ordered,
    Paid,

    /// <summary>Will not be paid (the grant was cancelled or suspended for good, the hire left).</summary>
    Cancelled,
}

/// <summary>
/// One payment a contracted application is due, set when the application is contracted from the
/// programme's tranche schedule: a share of a fixed grant, or one month of a monthly grant.
/// </summary>
public sealed class Tranche : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public Guid ProgrammeId { get; init; }
    public Guid OrganisationId { get; init; }
    public int Number { get; init; }
    public TrancheCondition Condition { get; init; }

    /// <summary>Months after the start (monthly grants: the month it pays; retention checks: 3 or 6).</summary>
    public int? Month { get; init; }
    public DateOnly DueOn { get; set; }
    public long AmountCentimes { get; set; }
    public TrancheStatus Status { get; set; }

    public DateTimeOffset? ConditionMetAt { get; set; }
    public Guid? ConditionMetBy { get; set; }

    /// <summary>What shows the condition is met (attendance days, "still employed", receipts' total), in words.</summary>
    public string? Evidence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

public enum PaymentStatus
{
    /// <summary>Created, waiting for the next transfer file.</summary>
    Ordered,

    /// <summary>In a transfer file sent to the bank or the mobile-money operator.</summary>
    Exported,
    Paid,

    /// <summary>The bank returned it (wrong account, closed account): kept, and the tranche can be ordered again.</summary>
    Failed,

    /// <summary>Cancelled before it was paid: kept, never deleted.</summary>
    Cancelled,
}

/// <summary>
/// An order to pay one tranche. Created under the caller's idempotency key: a retried, duplicated or
/// concurrent request with the same key returns the same order, and a unique index on
/// <see cref="ActiveTrancheId"/> means a tranche has at most one order in force whatever the keys.
/// Orders are never deleted: a failed or cancelled one stays, with its reason.
/// </summary>
public sealed class PaymentOrder
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Printed in the transfer file and read back from the bank's return file ("PAY-0193A1F27C").</summary>
    public required string Reference { get; init; }

    /// <summary>The client's <c>Idempotency-Key</c> header (or the form's), unique per organisation.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>A hash of what was asked with the key: the same key for another request is refused (422).</summary>
    public required string RequestHash { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid ProgrammeId { get; init; }
    public Guid ApplicationId { get; init; }
    public Guid TrancheId { get; init; }

    /// <summary>The tranche while this order is in force; cleared when it fails or is cancelled. Unique.</summary>
    public Guid? ActiveTrancheId { get; set; }
    public long AmountCentimes { get; init; }
    public PaymentChannel Channel { get; init; }
    public required string PayeeName { get; init; }

    /// <summary>The RIB or mobile-money number, encrypted; decrypted only into the transfer file.</summary>
    public required string PayeeAccountCipher { get; init; }
    public PaymentStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public Guid CreatedBy { get; init; }

    /// <summary>The transfer file it went out in ("VIR-20261129-1").</summary>
    public string? ExportBatch { get; set; }
    public DateTimeOffset? ExportedAt { get; set; }

    /// <summary>The bank's own reference and the day it settled, from the return file.</summary>
    public string? BankReference { get; set; }
    public DateOnly? SettledOn { get; set; }
    public string? FailureReason { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public Guid? CancelledBy { get; set; }
    public string? CancelReason { get; set; }
    public long Version { get; set; }
}

public enum RecoveryStatus
{
    Open,
    Recovered,
    WrittenOff,
}

/// <summary>An amount a beneficiary owes back (training abandoned, hire left early), and what came back of it.</summary>
public sealed class Recovery : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public Guid OrganisationId { get; init; }
    public long OwedCentimes { get; set; }
    public long RecoveredCentimes { get; set; }
    public required string Reason { get; set; }
    public RecoveryStatus Status { get; set; }
    public DateOnly? DueOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

internal sealed class TrancheConfiguration : IEntityTypeConfiguration<Tranche>
{
    public void Configure(EntityTypeBuilder<Tranche> builder)
    {
        builder.ToTable("tranches");
        builder.Property(t => t.Condition).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Evidence).HasMaxLength(1000);
        builder.HasOne<SupportApplication>().WithMany().HasForeignKey(t => t.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Programme>().WithMany().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ApplicationId, t.Number }).IsUnique();
        builder.HasIndex(t => new { t.OrganisationId, t.Status, t.DueOn });
        builder.HasIndex(t => new { t.OrganisationId, t.UpdatedAt });
        builder.ConfigureAudited();
    }
}

internal sealed class PaymentOrderConfiguration : IEntityTypeConfiguration<PaymentOrder>
{
    public void Configure(EntityTypeBuilder<PaymentOrder> builder)
    {
        builder.ToTable("payment_orders");
        builder.Property(p => p.Reference).HasMaxLength(32);
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.Property(p => p.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(p => new { p.OrganisationId, p.IdempotencyKey }).IsUnique();
        builder.Property(p => p.RequestHash).HasMaxLength(64);
        builder.HasIndex(p => p.ActiveTrancheId).IsUnique();
        builder.Property(p => p.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.PayeeName).HasMaxLength(200);
        builder.Property(p => p.PayeeAccountCipher).HasMaxLength(300);
        builder.Property(p => p.ExportBatch).HasMaxLength(32);
        builder.Property(p => p.BankReference).HasMaxLength(64);
        builder.Property(p => p.FailureReason).HasMaxLength(500);
        builder.Property(p => p.CancelReason).HasMaxLength(500);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        // Orders are never deleted, so neither is the application or the tranche they pay.
        builder.HasOne<SupportApplication>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tranche>().WithMany().HasForeignKey(p => p.TrancheId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganisationId, p.Status, p.CreatedAt });
        builder.HasIndex(p => new { p.ProgrammeId, p.Status });
        builder.HasIndex(p => p.ApplicationId);
        builder.HasIndex(p => new { p.OrganisationId, p.ExportedAt });
        builder.HasIndex(p => new { p.OrganisationId, p.CancelledAt });
    }
}

internal sealed class RecoveryConfiguration : IEntityTypeConfiguration<Recovery>
{
    public void Configure(EntityTypeBuilder<Recovery> builder)
    {
        builder.ToTable("recoveries");
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<SupportApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OrganisationId, r.Status });
        builder.HasIndex(r => r.ApplicationId);
        builder.ConfigureAudited();
    }
}
