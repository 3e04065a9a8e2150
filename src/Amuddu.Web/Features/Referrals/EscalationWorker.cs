using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Referrals;

/// <summary>Settings under <c>Amuddu:Referrals</c>; see docs/referrals-lifecycle.md.</summary>
public sealed class ReferralOptions
{
    /// <summary>Whether this instance escalates overdue referrals (the tests run it themselves).</summary>
    public bool EscalationWorker { get; set; } = true;

    public TimeSpan EscalationInterval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Escalates overdue referrals every <see cref="ReferralOptions.EscalationInterval"/>. Off with
/// Amuddu:Referrals:EscalationWorker=false. Running it on several instances is harmless: a referral's
/// version lets one escalation through.
/// </summary>
public sealed class EscalationWorker(IServiceScopeFactory scopes, IOptions<ReferralOptions> options, TimeProvider clock, ILogger<EscalationWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.EscalationWorker)
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
                await EscalateOverdueReferrals.RunAsync(services.GetRequiredService<AmudduDbContext>(), services.GetRequiredService<AuditLog>(),
                    services.GetRequiredService<FieldProtector>(), clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be restarting: try again at the next tick rather than stop escalating for good.
                logger.LogError(e, "Referral escalation pass failed");
            }

            try
            {
                await Task.Delay(options.Value.EscalationInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

public static class ReferralServices
{
    public static IServiceCollection AddReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReferralOptions>(configuration.GetSection("Amuddu:Referrals"));
        services.AddHostedService<EscalationWorker>();
        return services;
    }
}
