using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.Notifications;

/// <summary>An outbox message as administrators see it: the recipient masked, the text not at all.</summary>
public sealed record NotificationResponse(
    Guid Id, OutboxChannel Channel, string Recipient, string Culture, string TemplateKey, OutboxStatus Status, DateTimeOffset DueAt,
    int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? LastError)
{
    public static NotificationResponse From(OutboxMessage message, FieldProtector protector) => new(
        message.Id, message.Channel, MaskedRecipient(message, protector), message.Culture, message.TemplateKey, message.Status,
        message.DueAt, message.Attempts, message.CreatedAt, message.SentAt, message.LastError);

    private static string MaskedRecipient(OutboxMessage message, FieldProtector protector)
    {
        try
        {
            return message.RecipientCipher.Length == 0 ? "—" : RecipientMask.Mask(message.Channel, protector.UnprotectText(message.RecipientCipher));
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return "—";
        }
    }
}

public sealed record DeliveryAttemptResponse(
    int Number, DateTimeOffset StartedAt, int DurationMilliseconds, DeliveryOutcome Outcome, string? ProviderReference, string? Error);

public sealed record NotificationDetailResponse(NotificationResponse Message, List<DeliveryAttemptResponse> History);
