using System.Diagnostics;
using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Indicators;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The statistics over the generated organisation: the demo's results framework (R1-R4, 16 indicators), the facts
/// (indicators, funnel, network) built once from the whole pathway (timed), then a day of activity (timed): 5,000 files,
/// 1,400 referrals and 1,400 pre-registrations changed and refreshed incrementally.
/// </summary>
internal static class IndicatorSetup
{
    public const int PeopleChangedInADay = 5_000;
    public const int OfEachInADay = 1_400;

    /// <param name="remade">Tables of sums made again empty (their columns changed since the database was generated): summed again from the facts.</param>
    public static async Task EnsureAsync(
        DbContextOptions<AmudduDbContext> options, BenchWorld world, DatabaseProvider provider, bool rebuild, IReadOnlySet<string> remade, List<string> rows)
    {
        await using var db = new AmudduDbContext(options);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(60));
        await DemoIndicators.SeedAsync(db, world.OrganisationId, TimeProvider.System, CancellationToken.None);
        // A run stopped during a refresh left its lease: nobody else refreshes this database.
        await db.IndicatorRefreshes.Where(r => r.OrganisationId == world.OrganisationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, (DateTimeOffset?)null));
        if (rebuild || !await db.IndicatorRefreshes.AnyAsync(r => r.OrganisationId == world.OrganisationId && r.RefreshedAt != null))
        {
            var rebuilt = Ran(await IndicatorFacts.RebuildAsync(db, world.OrganisationId, TimeProvider.System));
            rows.Add(Row(provider, "statistics facts, full rebuild (once)", rebuilt));
        }
        else
        {
            foreach (var table in IndicatorFacts.Tables)
            {
                // The tables made again are empty: summed from their facts, the others kept.
                if (table.Sums.Where(s => remade.Contains(s.Name)).ToList() is { Count: > 0 } sums)
                {
                    Console.Error.WriteLine($"{provider}: {string.Join(", ", sums.Select(s => s.Name))} summed again from {table.Name}");
                    await (table with { Sums = sums }).SumAllAsync(db, world.OrganisationId, CancellationToken.None);
                }
            }
        }

        // A day of activity: the people of 5,000 files changed (as a day of registrations, positionings and outcomes
        // would stamp them), a day's referrals and pre-registrations (1,000,000 of each over two years: 1,400 a day)
        // changed, then the incremental refresh that the background pass runs.
        db.ChangeTracker.Clear();
        var now = DateTimeOffset.UtcNow;
        var org = world.OrganisationId;
        var changed = await db.People.Where(p => p.OrganisationId == org).OrderByDescending(p => p.CreatedAt)
            .Take(PeopleChangedInADay).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAt, now));
        var referrals = await db.Referrals.Where(r => r.SenderOrganisationId == org).OrderByDescending(r => r.CreatedAt)
            .Take(OfEachInADay).ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdatedAt, now));
        var preRegistrations = await db.PreRegistrations.Where(p => p.OrganisationId == org).OrderByDescending(p => p.CreatedAt)
            .Take(OfEachInADay).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAt, now));
        var refresh = Ran(await IndicatorFacts.RefreshAsync(db, org, TimeProvider.System));
        rows.Add(Row(provider, $"statistics refresh after a day ({changed:N0} files, {referrals:N0} referrals, {preRegistrations:N0} pre-registrations changed)", refresh));
    }

    private static IndicatorRefreshResult Ran(IndicatorRefreshResult result) =>
        result.Ran ? result : throw new InvalidOperationException("The indicator refresh did not run: another process holds the lease.");

    private static string Row(DatabaseProvider provider, string what, IndicatorRefreshResult r) => string.Create(CultureInfo.InvariantCulture,
        $"| {provider} | {what} | 1 | {r.Elapsed.TotalMilliseconds:0} | | | | {Environment.WorkingSet / 1_048_576} MB | {r.Facts:N0} facts, {r.Slices} slices |");
}
