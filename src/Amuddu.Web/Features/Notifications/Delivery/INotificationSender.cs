namespace Amuddu.Web.Features.Notifications.Delivery;

/// <summary>
/// A message ready to go: the text rendered in the recipient's language. <see cref="Reference"/> is
/// the outbox message id, handed to the provider so that a resend after a crash can be recognised.
/// </summary>
public sealed record OutgoingMessage(
    Guid Reference, OutboxChannel Channel, string Recipient, string Culture, string TemplateKey, string Subject, string Text,
    string Html);

public sealed record SendResult(DeliveryOutcome Outcome, string? ProviderReference, string? Error)
{
    public static SendResult Sent(string? providerReference) => new(DeliveryOutcome.Sent, providerReference, null);
    public static SendResult Transient(string error) => new(DeliveryOutcome.TransientError, null, error);
    public static SendResult Permanent(string error) => new(DeliveryOutcome.PermanentError, null, error);
}

/// <summary>One way of sending (SMTP, the SMS/WhatsApp gateway, files for developers).</summary>
public interface INotificationSender
{
    /// <summary>Never throws for a delivery failure: the result says whether to try again. Errors carry no personal data.</summary>
    Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
