using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Notifications.Delivery;

/// <summary>
/// The delivery loop of a web instance: a batch, then a pause when the outbox had nothing due.
/// Off with Amuddu:Notifications:Worker=false (the tests call <see cref="OutboxDelivery"/> themselves).
/// </summary>
public sealed class OutboxWorker(
    IServiceScopeFactory scopes, IOptions<NotificationOptions> options, NotificationSenders senders, TimeProvider clock, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (senders.Held is { Count: > 0 } held)
        {
            logger.LogWarning(
                "Notifications held: no sender is configured for {Channels} and demo mode is off; these messages stay pending, unsent, "
                + "until Amuddu:Notifications:Smtp:Host (e-mail) or Amuddu:Notifications:Gateway:Url (SMS, WhatsApp) is set. See docs/notifications.md.",
                string.Join(", ", held));
        }

        if (!options.Value.Worker)
        {
            return;
        }

        // Let the host finish starting (migrations, demo data) before the first claim.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var delivery = scope.ServiceProvider.GetRequiredService<OutboxDelivery>();
                var claimed = await scope.ServiceProvider.GetRequiredService<AmudduMetrics>().WorkerPassAsync(nameof(OutboxWorker),
                    async () => (await delivery.DeliverDueAsync(stoppingToken)).Claimed);
                busy = claimed >= options.Value.BatchSize;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be restarting: try again at the next tick rather than stop delivering for good.
                logger.LogError(e, "Notification delivery pass failed");
            }

            if (!busy)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
