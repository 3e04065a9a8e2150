using System.Diagnostics.Metrics;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Amuddu.Web.Tests.Platform;

/// <summary>The background passes (referral escalation, commitment reminders): one at start, then one per interval on the app's clock, a failure retried, each measured.</summary>
public sealed class PeriodicPassTests
{
    private sealed class CountingPass(IServiceScopeFactory scopes, TimeProvider clock, bool enabled) : PeriodicPass(scopes, clock, NullLogger.Instance)
    {
        public int Runs;
        public readonly SemaphoreSlim Ran = new(0);

        protected override bool Enabled => enabled;

        protected override TimeSpan Interval => TimeSpan.FromMinutes(15);

        protected override string Name => "Counting pass";

        protected override Task<int> RunAsync(IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken)
        {
            Runs++;
            Ran.Release();
            // The first pass fails, as when the database restarts: the next tick must still come.
            return Runs == 1 ? throw new InvalidOperationException("database restarting") : Task.FromResult(3);
        }
    }

    [Fact]
    public async Task A_pass_runs_at_start_then_at_each_interval_of_the_app_clock_and_a_failed_pass_does_not_stop_it()
    {
        await using var services = Services();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var measured = new List<(string Instrument, double Value, string? Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AmudduMetrics.Name && instrument.Name.StartsWith("amuddu.worker.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        listener.Start();

        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var all = tags.ToArray();
            if (all.Any(t => t.Key == "amuddu.worker" && (string?)t.Value == nameof(CountingPass)))
            {
                lock (measured)
                {
                    measured.Add((instrument.Name, value, (string?)all.FirstOrDefault(t => t.Key == "amuddu.outcome").Value));
                }
            }
        }

        using var pass = new CountingPass(services.GetRequiredService<IServiceScopeFactory>(), clock, enabled: true);

        await pass.StartAsync(CancellationToken.None);
        Assert.True(await pass.Ran.WaitAsync(TimeSpan.FromSeconds(10)));
        // The next pass comes once the clock has moved a whole interval, not before, though the first one failed.
        var moved = TimeSpan.Zero;
        while (!await pass.Ran.WaitAsync(TimeSpan.FromMilliseconds(100)))
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            moved += TimeSpan.FromMinutes(1);
            Assert.True(moved < TimeSpan.FromHours(1), "no second pass");
        }

        Assert.True(moved >= TimeSpan.FromMinutes(15), $"second pass after {moved}");
        await pass.StopAsync(CancellationToken.None);

        Assert.Equal(2, pass.Runs);
        // Each pass measured: its duration and outcome, and the items the one that did not fail handled.
        lock (measured)
        {
            Assert.Equal(["failed", "done"], measured.Where(m => m.Instrument == "amuddu.worker.pass.duration").Select(m => m.Outcome));
            Assert.Equal(3, Assert.Single(measured, m => m.Instrument == "amuddu.worker.items").Value);
        }
    }

    private static ServiceProvider Services() => new ServiceCollection().AddMetrics().AddSingleton<AmudduMetrics>().BuildServiceProvider();

    [Fact]
    public async Task A_pass_switched_off_never_runs()
    {
        await using var services = Services();
        using var pass = new CountingPass(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, enabled: false);

        await pass.StartAsync(CancellationToken.None);
        await pass.StopAsync(CancellationToken.None);

        Assert.Equal(0, pass.Runs);
    }
}
