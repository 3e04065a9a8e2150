using Amuddu.Web.Features.Notifications.Delivery;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Notifications;

public static class NotificationServices
{
    /// <summary>The delivery side of the outbox: senders, the delivery service and the worker loop.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotificationOptions>(configuration.GetSection("Amuddu:Notifications"));
        services.AddHttpClient(GatewaySender.ClientName);
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<GatewaySender>();
        services.AddSingleton(sp => new FileSender(
            NotificationSenders.OutboxFolder(configuration, sp.GetRequiredService<IOptions<NotificationOptions>>().Value),
            sp.GetRequiredService<ILogger<FileSender>>()));
        services.AddSingleton<NotificationSenders>();
        services.AddScoped<OutboxDelivery>();
        services.AddHostedService<OutboxWorker>();
        services.AddHealthChecks().AddCheck<SendersHealthCheck>("notifications", tags: ["ready"]);
        return services;
    }
}
