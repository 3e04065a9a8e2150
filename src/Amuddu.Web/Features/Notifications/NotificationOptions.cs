namespace Amuddu.Web.Features.Notifications;

/// <summary>Settings under <c>Amuddu:Notifications</c>; see docs/notifications.md.</summary>
public sealed class NotificationOptions
{
    /// <summary>Whether this instance runs the delivery loop (several instances may: they never send the same message).</summary>
    public bool Worker { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a worker holds a claimed message; longer than the slowest send (the SMTP and gateway time-outs).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Where the development sender writes messages; by default data/outbox next to the SQLite database.</summary>
    public string? OutboxFolder { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
    public GatewayOptions Gateway { get; set; } = new();
}

public sealed class SmtpOptions
{
    /// <summary>Without a host, e-mails go to the development sender.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender address, e.g. "Amuddu &lt;no-reply@agence.ma&gt;".</summary>
    public string? From { get; set; }
    public bool UseStartTls { get; set; } = true;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class GatewayOptions
{
    /// <summary>Without a URL, SMS and WhatsApp messages go to the development sender.</summary>
    public string? Url { get; set; }
    public string? Token { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
