using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Notifications;

public enum DeliveryOutcome
{
    Sent,

    /// <summary>Worth trying again later: the server or gateway was down, busy or slow.</summary>
    TransientError,

    /// <summary>Trying again would fail the same way: a refused address, a rejected request.</summary>
    PermanentError,
}

/// <summary>
/// One try at sending an outbox message, kept for the operators' view and to show that a message
/// was handed over once. <see cref="Error"/> names the failure (status codes, exception kinds) and
/// never carries the recipient or the text.
/// </summary>
public sealed class DeliveryAttempt
{
    public const int ErrorMax = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid MessageId { get; init; }
    public int Number { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public int DurationMilliseconds { get; init; }
    public DeliveryOutcome Outcome { get; init; }

    /// <summary>The SMTP queue id or the gateway's message id, to find the message in their logs.</summary>
    public string? ProviderReference { get; init; }
    public string? Error { get; init; }
}

internal sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.ToTable("notification_attempts");
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ProviderReference).HasMaxLength(200);
        builder.Property(a => a.Error).HasMaxLength(DeliveryAttempt.ErrorMax);
        builder.HasIndex(a => new { a.MessageId, a.Number });
        // The attempts go with their message (a person's erasure deletes the messages).
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
