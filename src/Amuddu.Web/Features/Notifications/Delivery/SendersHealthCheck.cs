using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Amuddu.Web.Features.Notifications.Delivery;

/// <summary>Degraded while a channel has no sender outside demo mode: its messages are held, not sent.</summary>
internal sealed class SendersHealthCheck(NotificationSenders senders) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(senders.Held is { Count: > 0 } held
            ? HealthCheckResult.Degraded($"No sender is configured for {string.Join(", ", held)}: those messages are held unsent.")
            : HealthCheckResult.Healthy());
}
