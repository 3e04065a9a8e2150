namespace Amuddu.Web.Infrastructure;

/// <summary>
/// A background pass that runs once the host has started, then every <see cref="Interval"/> on the app's clock, each
/// time in a scope of its own, until the host stops. A pass that fails is logged and tried again at the next tick (the
/// database may be restarting), rather than stopping for good. Off when <see cref="Enabled"/> is false (the tests run
/// the passes themselves). Each pass is a span and a measurement of its own (<see cref="AmudduMetrics.WorkerPassAsync"/>).
/// </summary>
public abstract class PeriodicPass(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>What the log says failed ("Referral escalation pass").</summary>
    protected abstract string Name { get; }

    /// <summary>One pass; returns how many items it handled.</summary>
    protected abstract Task<int> RunAsync(IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        // Let the host finish starting (migrations, demo data) before the first run.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AmudduMetrics>()
                    .WorkerPassAsync(GetType().Name, () => RunAsync(scope.ServiceProvider, clock, stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Pass} failed", Name);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
