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
    ILogger<CommitmentReminderWorker> logger) : PeriodicPass(scopes, clock, logger)
{
    protected override bool Enabled => options.Value.ReminderWorker;

    protected override TimeSpan Interval => options.Value.ReminderInterval;

    protected override string Name => "Commitment reminder pass";

    protected override Task<int> RunAsync(IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken) =>
        RemindDueFollowUps.RunAsync(services.GetRequiredService<AmudduDbContext>(), services.GetRequiredService<FieldProtector>(), clock, cancellationToken);
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
