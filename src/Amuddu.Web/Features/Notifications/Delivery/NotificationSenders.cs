using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Notifications.Delivery;

/// <summary>
/// The sender of each channel: the configured one; in demo mode (Amuddu:Demo:Enabled) the development files when the
/// channel has none. Outside demo mode a channel without a sender has none: its messages stay pending, unsent, rather
/// than being written in clear to a folder and counted as sent.
/// </summary>
public sealed class NotificationSenders(
    IOptions<NotificationOptions> options, IOptions<DemoOptions> demo, SmtpEmailSender smtp, GatewaySender gateway, FileSender files)
{
    public INotificationSender? For(OutboxChannel channel) => channel switch
    {
        OutboxChannel.Email => string.IsNullOrWhiteSpace(options.Value.Smtp.Host) ? DemoFiles : smtp,
        OutboxChannel.Sms or OutboxChannel.WhatsApp => string.IsNullOrWhiteSpace(options.Value.Gateway.Url) ? DemoFiles : gateway,
    };

    /// <summary>The channels whose messages can be sent now; the others are held.</summary>
    public IReadOnlyList<OutboxChannel> Sendable => [.. Enum.GetValues<OutboxChannel>().Where(c => For(c) is not null)];

    /// <summary>The channels whose messages are held until a sender is configured.</summary>
    public IReadOnlyList<OutboxChannel> Held => [.. Enum.GetValues<OutboxChannel>().Where(c => For(c) is null)];

    private FileSender? DemoFiles => demo.Value.Enabled ? files : null;

    /// <summary>data/outbox beside the SQLite database (the app's data folder), unless configured.</summary>
    public static string OutboxFolder(IConfiguration configuration, NotificationOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.OutboxFolder))
        {
            return Path.GetFullPath(options.OutboxFolder);
        }

        var provider = DatabaseSetup.ProviderFrom(configuration);
        if (provider == DatabaseProvider.Sqlite)
        {
            var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(DatabaseSetup.ConnectionStringFrom(configuration, provider)).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(source)) is { Length: > 0 } folder)
            {
                return Path.Combine(folder, "outbox");
            }
        }

        return Path.GetFullPath(Path.Combine("data", "outbox"));
    }
}
