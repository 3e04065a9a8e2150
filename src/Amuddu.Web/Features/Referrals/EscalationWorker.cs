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

    /// <summary>The pause after each batch of escalations, for the staff's writes to go between them.</summary>
    public TimeSpan EscalationBatchPause { get; set; } = TimeSpan.FromMilliseconds(200);
}

/// <summary>
/// Escalates overdue referrals every <see cref="ReferralOptions.EscalationInterval"/>. Off with
/// Amuddu:Referrals:EscalationWorker=false. Running it on several instances is harmless: a referral's
/// version lets one escalation through.
/// </summary>
public sealed class EscalationWorker(IServiceScopeFactory scopes, IOptions<ReferralOptions> options, TimeProvider clock, ILogger<EscalationWorker> logger)
    : PeriodicPass(scopes, clock, logger)
{
    protected override bool Enabled => options.Value.EscalationWorker;

    protected override TimeSpan Interval => options.Value.EscalationInterval;

    protected override string Name => "Referral escalation pass";

    protected override Task<int> RunAsync(IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken) =>
        EscalateOverdueReferrals.RunAsync(services.GetRequiredService<AmudduDbContext>(), services.GetRequiredService<AuditLog>(),
            services.GetRequiredService<FieldProtector>(), clock, cancellationToken, options.Value.EscalationBatchPause);
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
