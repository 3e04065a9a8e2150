using System.Globalization;
using System.Text;

namespace Amuddu.Web.Features.Notifications.Delivery;

/// <summary>
/// For a channel that is not configured (a developer's laptop, the demo): each message becomes a
/// readable file in <see cref="Folder"/>, and the log says only which message went where.
/// </summary>
public sealed class FileSender(string folder, ILogger<FileSender> logger) : INotificationSender
{
    public string Folder { get; } = folder;

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Folder);
        var name = $"{message.Reference}-{message.Channel.ToString().ToLowerInvariant()}.txt";
        var content = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Channel: {message.Channel}")
            .AppendLine(CultureInfo.InvariantCulture, $"To: {message.Recipient}")
            .AppendLine(CultureInfo.InvariantCulture, $"Language: {message.Culture}")
            .AppendLine(CultureInfo.InvariantCulture, $"Template: {message.TemplateKey}")
            .AppendLine(CultureInfo.InvariantCulture, $"Subject: {message.Subject}")
            .AppendLine(CultureInfo.InvariantCulture, $"Reference: {message.Reference}")
            .AppendLine()
            .AppendLine(message.Text)
            .ToString();
        // The same reference writes the same file: a resend after a crash replaces it.
        await File.WriteAllTextAsync(Path.Combine(Folder, name), content, Encoding.UTF8, cancellationToken);
        logger.LogInformation("Notification {Reference} ({Channel}) written to {File} instead of being sent", message.Reference, message.Channel, name);
        return SendResult.Sent(name);
    }
}
