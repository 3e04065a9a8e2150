using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>Settings under <c>Amuddu:Exchanges</c>; see docs/exchanges.md.</summary>
public sealed class ExchangeOptions
{
    /// <summary>Whether this instance reminds owners of due follow-ups (the tests run it themselves).</summary>
    public bool ReminderWorker { get; set; } = true;

    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Reminds owners of due commitment follow-ups every <see cref="ExchangeOptions.ReminderInterval"/>. Running it on several
/// instances is harmless: each reminder has its deduplication key.
/// </summary>
public sealed class CommitmentReminderWorker(IServiceScopeFactory scopes, IOptions<ExchangeOptions> options, TimeProvider clock,
    ILogger<CommitmentReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ReminderWorker)
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
                var services = scope.ServiceProvider;
                await RemindDueFollowUps.RunAsync(services.GetRequiredService<AmudduDbContext>(), services.GetRequiredService<FieldProtector>(), clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be restarting: try again at the next tick.
                logger.LogError(e, "Commitment reminder pass failed");
            }

            try
            {
                await Task.Delay(options.Value.ReminderInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

public static class ExchangeServices
{
    public static IServiceCollection AddExchanges(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ExchangeOptions>(configuration.GetSection("Amuddu:Exchanges"));
        services.AddHostedService<CommitmentReminderWorker>();
        return services;
    }
}
