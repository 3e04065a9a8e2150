using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// Refreshes every organisation's indicator facts every <see cref="IndicatorOptions.RefreshMinutes"/>. Off with
/// Amuddu:Indicators:RefreshWorker=false (the tests refresh themselves). Running it on several instances is harmless:
/// the organisation's lease lets one refresh through at a time.
/// </summary>
public sealed class IndicatorRefreshWorker(
    IServiceScopeFactory scopes, IOptions<IndicatorOptions> options, TimeProvider clock, ILogger<IndicatorRefreshWorker> logger)
    : PeriodicPass(scopes, clock, logger)
{
    protected override bool Enabled => options.Value.RefreshWorker;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(0.1, options.Value.RefreshMinutes));

    protected override string Name => "Indicator refresh pass";

    /// <summary>The items are the subjects (people, pre-registrations, referrals) whose facts were read again.</summary>
    protected override async Task<int> RunAsync(IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken) =>
        (await IndicatorFacts.RefreshAllAsync(services.GetRequiredService<AmudduDbContext>(), clock, options.Value, cancellationToken: cancellationToken))
            .Sum(r => r.Subjects);
}

public static class IndicatorServices
{
    public static IServiceCollection AddIndicators(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IndicatorOptions>(configuration.GetSection(IndicatorOptions.Section));
        services.AddHostedService<IndicatorRefreshWorker>();
        return services;
    }
}
