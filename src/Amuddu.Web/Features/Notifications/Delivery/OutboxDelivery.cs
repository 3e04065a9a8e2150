using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Notifications.Delivery;

/// <summary>What one pass of the delivery did.</summary>
public sealed record DeliveryReport(int Claimed, int Sent, int Retrying, int Failed);

/// <summary>
/// Sends the outbox's due messages, one batch per call. A message is first claimed (status
/// Sending, a lease, one more attempt) in a transaction that is committed before anything is
/// sent, so two workers never hold the same message; a worker that dies mid-send leaves a lease
/// that runs out, and the message is claimed again with the same reference. Each attempt is
/// recorded; a temporary failure comes back after a growing delay, a permanent one fails at once.
/// </summary>
public sealed class OutboxDelivery(
    AmudduDbContext db, FieldProtector protector, NotificationSenders senders, IStringLocalizer<SharedResource> text,
    TimeProvider clock, IOptions<NotificationOptions> options, ILogger<OutboxDelivery> logger)
{
    /// <summary>The wait after the 1st, 2nd... failed attempt; after the last one the message has failed.</summary>
    public static readonly IReadOnlyList<TimeSpan> BackOff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12)];

    public async Task<DeliveryReport> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);
        int sent = 0, retrying = 0, failed = 0;
        foreach (var message in claimed)
        {
            var status = await DeliverAsync(message, cancellationToken);
            switch (status)
            {
                case OutboxStatus.Sent: sent++; break;
                case OutboxStatus.Pending: retrying++; break;
                case OutboxStatus.Failed: failed++; break;
                case OutboxStatus.Cancelled or OutboxStatus.Sending: break;
            }
        }

        return new DeliveryReport(claimed.Count, sent, retrying, failed);
    }

    private async Task<List<OutboxMessage>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var batch = Math.Max(1, options.Value.BatchSize);
        // Messages of a channel without a sender are not claimed: they wait, pending, until one is configured.
        var sendable = senders.Sendable;
        if (sendable.Count == 0)
        {
            return [];
        }

        var channels = sendable.Select(c => c.ToString()).ToArray();
        // On SQLite the transaction begins IMMEDIATE: one writer at a time is the lock.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = db.Database.IsNpgsql()
            ? await db.OutboxMessages.FromSql($"""
                SELECT * FROM notification_outbox
                WHERE (("Status" = 'Pending' AND "DueAt" <= {now}) OR ("Status" = 'Sending' AND "ClaimedUntil" <= {now}))
                  AND "Channel" = ANY({channels})
                ORDER BY "DueAt" LIMIT {batch}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken)
            : await db.OutboxMessages
                .Where(m => (m.Status == OutboxStatus.Pending && m.DueAt <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntil <= now))
                .Where(m => sendable.Contains(m.Channel))
                .OrderBy(m => m.DueAt).Take(batch).ToListAsync(cancellationToken);
        foreach (var message in due)
        {
            message.Status = OutboxStatus.Sending;
            message.ClaimedUntil = now + options.Value.Lease;
            message.Attempts++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due;
    }

    private async Task<OutboxStatus> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        var result = await SendAsync(message, cancellationToken);
        var duration = clock.GetElapsedTime(started);
        var now = clock.GetUtcNow();

        var attempt = new DeliveryAttempt
        {
            MessageId = message.Id,
            Number = message.Attempts,
            StartedAt = startedAt,
            DurationMilliseconds = (int)Math.Min(int.MaxValue, duration.TotalMilliseconds),
            Outcome = result.Outcome,
            ProviderReference = Truncate(result.ProviderReference, 200),
            Error = Truncate(result.Error, DeliveryAttempt.ErrorMax),
        };
        db.DeliveryAttempts.Add(attempt);
        message.ClaimedUntil = null;
        switch (result.Outcome)
        {
            case DeliveryOutcome.Sent:
                message.Status = OutboxStatus.Sent;
                message.SentAt = now;
                message.LastError = null;
                break;
            case DeliveryOutcome.TransientError when message.Attempts <= BackOff.Count:
                message.Status = OutboxStatus.Pending;
                message.DueAt = now + BackOff[message.Attempts - 1];
                message.LastError = result.Error;
                break;
            case DeliveryOutcome.TransientError or DeliveryOutcome.PermanentError:
                message.Status = OutboxStatus.Failed;
                message.LastError = result.Error;
                break;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Our lease ran out, and another worker claimed the message again and has finished with it: its outcome stands.
            logger.LogWarning("Notification {MessageId}: lease lost while sending; the other worker's outcome is kept", message.Id);
            db.Entry(message).State = EntityState.Detached;
            await db.SaveChangesAsync(cancellationToken);
            return OutboxStatus.Sending;
        }

        logger.LogInformation("Notification {MessageId} ({Channel}) attempt {Attempt}: {Outcome}", message.Id, message.Channel, message.Attempts, result.Outcome);
        return message.Status;
    }

    private async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        string recipient;
        try
        {
            recipient = message.RecipientCipher.Length == 0 ? "" : protector.UnprotectText(message.RecipientCipher);
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return SendResult.Permanent("recipient cannot be decrypted");
        }

        if (recipient.Length == 0)
        {
            // Erased with the person's data.
            return SendResult.Permanent("no recipient");
        }

        var rendered = NotificationTemplates.Render(text, message.TemplateKey, message.Culture, message.Parameters);
        var outgoing = new OutgoingMessage(message.Id, message.Channel, recipient, message.Culture, message.TemplateKey, rendered.Subject,
            message.Channel == OutboxChannel.Email ? rendered.EmailText : rendered.Text, rendered.EmailHtml);
        if (senders.For(message.Channel) is not { } sender)
        {
            return SendResult.Transient($"no {message.Channel} sender is configured");
        }

        try
        {
            return await sender.SendAsync(outgoing, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A sender's bug or a full disk must not stop the batch; the type says enough, the text might not be safe.
            logger.LogError("Notification {MessageId}: the {Channel} sender threw {Exception}", message.Id, message.Channel, e.GetType().Name);
            return SendResult.Transient($"sender error {e.GetType().Name}");
        }
    }

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
