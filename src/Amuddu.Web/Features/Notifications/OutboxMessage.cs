using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Notifications;

public enum OutboxChannel
{
    Sms,
    WhatsApp,
    Email,
}

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
    Cancelled,

    // Notifications delivery: claimed by a worker, which holds it until ClaimedUntil.
    Sending,
}

/// <summary>
/// A message waiting to be sent (an SMS, a WhatsApp message, an e-mail), written in the same
/// transaction as the change that calls for it, so that nothing is sent for a change that was not
/// saved and nothing saved goes without its message. A delivery worker claims due pending rows
/// with <c>FOR UPDATE SKIP LOCKED</c> (see OutboxDelivery and docs/notifications.md); the web app only enqueues and cancels.
/// The text is not stored: the worker renders <see cref="TemplateKey"/> in <see cref="Culture"/>
/// with <see cref="Parameters"/>, which hold no more personal data than the message needs.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid? PersonId { get; init; }
    public OutboxChannel Channel { get; init; }

    /// <summary>The phone number or address, encrypted with FieldProtector.</summary>
    public required string RecipientCipher { get; set; }

    /// <summary>"fr", "ar" or "en".</summary>
    public required string Culture { get; init; }
    public required string TemplateKey { get; init; }

    /// <summary>A JSON object of the template's placeholders.</summary>
    public required string Parameters { get; set; }

    /// <summary>What the message is about ("appointment/{id}"), to cancel its pending messages.</summary>
    public required string Subject { get; init; }

    /// <summary>Never two messages for the same purpose: a retried request cannot enqueue twice.</summary>
    public required string DeduplicationKey { get; init; }

    public DateTimeOffset DueAt { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Filled by the delivery worker.</summary>
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }

    // Notifications delivery
    /// <summary>
    /// The lease of the worker sending it (status Sending): past this, the worker is taken for dead
    /// and another one claims the message again, with the same idempotency reference.
    /// </summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("notification_outbox");
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.RecipientCipher).HasMaxLength(600);
        builder.Property(m => m.Culture).HasMaxLength(8);
        builder.Property(m => m.TemplateKey).HasMaxLength(100);
        builder.Property(m => m.Parameters).HasMaxLength(2000);
        builder.Property(m => m.Subject).HasMaxLength(100);
        builder.Property(m => m.DeduplicationKey).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        // The worker's claim: WHERE status = 'Pending' AND due_at <= now ORDER BY due_at.
        builder.HasIndex(m => new { m.Status, m.DueAt });
        builder.HasIndex(m => m.Subject);
        builder.HasIndex(m => new { m.OrganisationId, m.CreatedAt });
        builder.HasIndex(m => m.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        // The worker updates status and attempts while the web app may cancel: the loser must see it.
        builder.Property(m => m.Status).IsConcurrencyToken();
    }
}
