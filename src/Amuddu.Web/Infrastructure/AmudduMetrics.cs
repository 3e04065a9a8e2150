using System.Diagnostics;
using System.Diagnostics.Metrics;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Referrals.Network;
using OpenTelemetry;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// The app's own instruments, on the meter and activity source "Amuddu" (see docs/observability.md). With no exporter
/// configured nothing listens, and recording a measurement or starting an activity costs a check of a flag. No tag ever
/// carries personal data: a worker's class name, an outcome, an audit action.
/// </summary>
public sealed class AmudduMetrics
{
    public const string Name = "Amuddu";

    /// <summary>How long the figures read from the database (outbox, overdue referrals) are kept between two scrapes.</summary>
    public static readonly TimeSpan FiguresKeptFor = TimeSpan.FromMinutes(1);

    public static readonly ActivitySource Tracing = new(Name);

    private readonly Histogram<double> _duplicateCheck;
    private readonly Histogram<double> _workerPass;
    private readonly Counter<long> _workerItems;
    private readonly Counter<long> _signInFailures;
    private readonly Counter<long> _signInLockouts;
    private readonly IServiceProvider _services;
    private readonly Lock _figuresLock = new();
    private Figures? _figures;

    public AmudduMetrics(IMeterFactory meters, IServiceProvider services)
    {
        _services = services;
        var meter = meters.Create(Name);
        _duplicateCheck = meter.CreateHistogram<double>("amuddu.duplicates.check.duration", "s",
            "Duplicate check of a registration against the organisation's index, catching up with new registrations included",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 60] });
        meter.CreateObservableGauge("amuddu.duplicates.index.size", () => services.GetRequiredService<PeopleIndex>().Size, "{record}",
            "Records held in memory by the duplicate indexes of every organisation");
        _workerPass = meter.CreateHistogram<double>("amuddu.worker.pass.duration", "s", "One pass of a background worker",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900] });
        _workerItems = meter.CreateCounter<long>("amuddu.worker.items", "{item}", "Items a background worker's passes handled");
        _signInFailures = meter.CreateCounter<long>("amuddu.sign_in.failures", "{attempt}", "Sign-ins refused: wrong password, unknown account, wrong code");
        _signInLockouts = meter.CreateCounter<long>("amuddu.sign_in.lockouts", "{attempt}", "Sign-ins refused because the account is locked out");
        meter.CreateObservableGauge("amuddu.outbox.backlog", () => Read(f => f.OutboxBacklog), "{message}",
            "Messages due and still waiting in the outbox");
        meter.CreateObservableGauge("amuddu.outbox.oldest_age", () => Read(f => f.OutboxOldestAge), "s",
            "How long the oldest due message of the outbox has waited");
        meter.CreateObservableGauge("amuddu.referrals.overdue", () => Read(f => f.ReferralsOverdue), "{referral}",
            "Sent referrals overdue today, as of the last refresh of the statistics");
    }

    /// <summary>Times one duplicate check (<paramref name="check"/>) as a span and in the histogram.</summary>
    public async Task<T> DuplicateCheckAsync<T>(Func<Task<T>> check)
    {
        using var activity = Tracing.StartActivity("duplicate check");
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await check();
        }
        finally
        {
            // The real time it took, whatever the app's clock says (the tests' clock stands still).
            _duplicateCheck.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    /// <summary>Runs one pass of a background worker as a span of its own, and records its duration, outcome and the items it handled.</summary>
    public async Task<int> WorkerPassAsync(string worker, Func<Task<int>> pass)
    {
        using var activity = Tracing.StartActivity(worker, ActivityKind.Internal, parentContext: default);
        activity?.SetTag("amuddu.worker", worker);
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var items = await pass();
            outcome = "done";
            _workerItems.Add(items, new KeyValuePair<string, object?>("amuddu.worker", worker));
            return items;
        }
        finally
        {
            activity?.SetTag("amuddu.outcome", outcome);
            _workerPass.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("amuddu.worker", worker), new KeyValuePair<string, object?>("amuddu.outcome", outcome));
        }
    }

    /// <summary>Counts a sign-in outcome the audit trail records (<see cref="AuditActions"/>): failures and lockouts.</summary>
    public void SignInOutcome(string auditAction)
    {
        var action = new KeyValuePair<string, object?>("amuddu.audit.action", auditAction);
        switch (auditAction)
        {
            case AuditActions.SignInFailed or AuditActions.SecondFactorFailed:
                _signInFailures.Add(1, action);
                break;
            case AuditActions.SignInLockedOut:
                _signInLockouts.Add(1);
                break;
        }
    }

    private sealed record Figures(DateTimeOffset ReadAt, long OutboxBacklog, double OutboxOldestAge, long ReferralsOverdue);

    /// <summary>
    /// A figure read from the database at most once a minute whatever the scrape interval, by index range or from the
    /// statistics' sums: never a scan of a table per scrape. Nothing when the database cannot be read (the scrape goes on).
    /// </summary>
    private IEnumerable<Measurement<T>> Read<T>(Func<Figures, T> figure) where T : struct
    {
        var clock = _services.GetRequiredService<TimeProvider>();
        lock (_figuresLock)
        {
            if (_figures is null || clock.GetUtcNow() - _figures.ReadAt >= FiguresKeptFor)
            {
                try
                {
                    _figures = ReadFigures(clock);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    _services.GetRequiredService<ILogger<AmudduMetrics>>().LogWarning("Metrics: the database figures could not be read ({Exception})", e.GetType().Name);
                    return [];
                }
            }

            return [new Measurement<T>(figure(_figures))];
        }
    }

    private Figures ReadFigures(TimeProvider clock)
    {
        // The scrape's own queries are not the app's work: no spans for them.
        using var quiet = SuppressInstrumentationScope.Begin();
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
        var now = clock.GetUtcNow();
        // The delivery's claim index (status, due date): a range of it, and its first entry.
        var due = db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending && m.DueAt <= now);
        var backlog = due.LongCount();
        var oldest = backlog == 0 ? (DateTimeOffset?)null : due.OrderBy(m => m.DueAt).Select(m => (DateTimeOffset?)m.DueAt).FirstOrDefault();
        var today = NetworkFact.DayOf(SiteTime.Today(clock));
        var overdue = db.NetworkCells.Where(c => c.OverdueFrom <= today).Sum(c => (long?)c.Referrals) ?? 0;
        return new Figures(now, backlog, oldest is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0, overdue);
    }
}
