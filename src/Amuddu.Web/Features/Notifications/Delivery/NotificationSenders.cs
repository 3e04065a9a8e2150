using Amuddu.Web.Data;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Notifications.Delivery;

/// <summary>The sender of each channel: the configured one, or the development files when the channel has none.</summary>
public sealed class NotificationSenders(IOptions<NotificationOptions> options, SmtpEmailSender smtp, GatewaySender gateway, FileSender files)
{
    public INotificationSender For(OutboxChannel channel) => channel switch
    {
        OutboxChannel.Email => string.IsNullOrWhiteSpace(options.Value.Smtp.Host) ? files : smtp,
        OutboxChannel.Sms or OutboxChannel.WhatsApp => string.IsNullOrWhiteSpace(options.Value.Gateway.Url) ? files : gateway,
    };

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
