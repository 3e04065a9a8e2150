using System.Text.RegularExpressions;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Amuddu.Web.Features.Notifications.Delivery;

/// <summary>
/// E-mail over SMTP with MailKit: a text body and an HTML alternative in the recipient's language,
/// the outbox message id as Message-Id, so a message sent twice after a crash is recognisable.
/// </summary>
public sealed partial class SmtpEmailSender(IOptions<NotificationOptions> options) : INotificationSender
{
    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        if (!MailboxAddress.TryParse(message.Recipient, out var to) || !to.Address.Contains('@', StringComparison.Ordinal))
        {
            return SendResult.Permanent("invalid e-mail address");
        }

        if (!MailboxAddress.TryParse(smtp.From, out var from))
        {
            return SendResult.Transient("Amuddu:Notifications:Smtp:From is missing or not an address");
        }

        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(from);
        mime.To.Add(to);
        mime.MessageId = $"{message.Reference}@{from.Domain}";
        mime.Headers.Add(HeaderId.ContentLanguage, message.Culture);
        mime.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();

        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            var response = await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
            return SendResult.Sent(QueueId(response));
        }
        catch (SmtpCommandException e)
        {
            // Only the codes: the server's text may repeat the address.
            var error = $"SMTP {(int)e.StatusCode} {e.ErrorCode}";
            return (int)e.StatusCode >= 500 ? SendResult.Permanent(error) : SendResult.Transient(error);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return SendResult.Transient($"SMTP {e.GetType().Name}");
        }
    }

    /// <summary>"2.0.0 Ok: queued as 4Bx2" gives "4Bx2"; other answers give nothing, for they may name the recipient.</summary>
    private static string? QueueId(string? response) =>
        response is not null && QueuedAs().Match(response) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex(@"queued as ([A-Za-z0-9._-]{1,100})", RegexOptions.IgnoreCase)]
    private static partial Regex QueuedAs();
}
