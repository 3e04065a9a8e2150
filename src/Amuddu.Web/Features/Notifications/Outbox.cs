using System.Globalization;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Localisation;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Notifications;

/// <summary>One message to enqueue; <see cref="Recipient"/> is plain here and encrypted in the table.</summary>
public sealed record OutboxRequest(
    Guid OrganisationId, Guid? PersonId, OutboxChannel Channel, string Recipient, string Culture, string TemplateKey,
    IReadOnlyDictionary<string, string> Parameters, string Subject, string DeduplicationKey, DateTimeOffset DueAt);

/// <summary>
/// Enqueues and cancels messages in the caller's unit of work: nothing here saves, so a message
/// exists exactly when the change that called for it was saved.
/// </summary>
public static class Outbox
{
    /// <summary>False, adding nothing, when a message with the same deduplication key was ever enqueued.</summary>
    public static async Task<bool> EnqueueAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, OutboxRequest message,
        CancellationToken cancellationToken)
    {
        if (db.OutboxMessages.Local.Any(m => m.DeduplicationKey == message.DeduplicationKey)
            || await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == message.DeduplicationKey, cancellationToken))
        {
            return false;
        }

        db.OutboxMessages.Add(new OutboxMessage
        {
            OrganisationId = message.OrganisationId,
            PersonId = message.PersonId,
            Channel = message.Channel,
            RecipientCipher = protector.ProtectText(message.Recipient),
            Culture = message.Culture,
            TemplateKey = message.TemplateKey,
            Parameters = JsonSerializer.Serialize(message.Parameters),
            Subject = message.Subject,
            DeduplicationKey = message.DeduplicationKey,
            DueAt = message.DueAt,
            Status = OutboxStatus.Pending,
            CreatedAt = clock.GetUtcNow(),
        });
        return true;
    }

    /// <summary>Marks the subject's pending messages cancelled; sent and failed ones stay as they were.</summary>
    public static async Task CancelPendingAsync(AmudduDbContext db, string subject, CancellationToken cancellationToken)
    {
        var pending = await db.OutboxMessages.Where(m => m.Subject == subject && m.Status == OutboxStatus.Pending).ToListAsync(cancellationToken);
        foreach (var message in pending)
        {
            message.Status = OutboxStatus.Cancelled;
        }
    }

    /// <summary>
    /// The text a message carries, from the localised template "Notification.{key}" with its
    /// {placeholders} filled: what the delivery worker sends, and what a counsellor can preview.
    /// </summary>
    public static string Render(IStringLocalizer text, string templateKey, string culture, string parameters)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(parameters) ?? [];
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Cultures.ByLanguage.GetValueOrDefault(culture, Cultures.Default);
            var template = text[$"Notification.{templateKey}"].Value;
            return values.Aggregate(template, (current, pair) => current.Replace("{" + pair.Key + "}", pair.Value, StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>
    /// The language a person reads: Arabic for an Arabic speaker without French, English for
    /// someone with English but neither French nor Arabic, French otherwise.
    /// </summary>
    public static string LanguageFor(IReadOnlyCollection<string> languages) =>
        languages.Contains("ar") && !languages.Contains("fr") ? "ar"
        : languages.Contains("en") && !languages.Contains("fr") && !languages.Contains("ar") ? "en"
        : "fr";
}
