using System.CommandLine;
using System.Globalization;
using Amuddu.Cli.Database;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Cli.Indicators;

/// <summary>
/// <c>amuddu indicators refresh [--rebuild]</c>: brings every organisation's indicator facts, cells and totals up to date
/// (see docs/indicators.md), as the web app's background pass does, and says what it did and how long it took.
/// </summary>
public static class IndicatorsCommand
{
    public const string Summary = "refresh the indicators' facts of every organisation (indicators refresh [--rebuild])";

    public static Command Build()
    {
        var database = new DatabaseOptions();
        var rebuild = new Option<bool>("--rebuild") { Description = "recompute every fact from scratch instead of only what changed since the last refresh" };
        var refresh = new Command("refresh", """
            recomputes the facts of the people, pre-registrations, outreach activities and staff whose data changed since the
            last refresh, and the cells and totals they touch (--rebuild: everything); an organisation never refreshed is rebuilt.
            settings: Amuddu__Indicators__CountWithdrawnInTotals (default true).
            """);
        refresh.Options.Add(rebuild);
        database.AddTo(refresh);
        refresh.SetAction((result, cancellationToken) => RefreshAsync(result, database, result.GetValue(rebuild), cancellationToken));
        return new Command("indicators", Summary) { refresh };
    }

    /// <summary>Runs <c>amuddu indicators args...</c>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => AmudduCommandLine.RunAsync("indicators", args, output, error);

    private static async Task<int> RefreshAsync(ParseResult parsed, DatabaseOptions database, bool rebuild, CancellationToken cancellationToken)
    {
        var (output, error) = AmudduCommandLine.Writers(parsed);
        try
        {
            await using var services = database.Build(parsed, out var description);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            if (!await CliServices.IsCurrentAsync(db, "indicators", error, cancellationToken))
            {
                return 1;
            }

            var options = scope.ServiceProvider.GetRequiredService<IConfiguration>().GetSection(IndicatorOptions.Section).Get<IndicatorOptions>()
                ?? new IndicatorOptions();
            var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var results = await IndicatorFacts.RefreshAllAsync(db, TimeProvider.System, options, rebuild, cancellationToken);
            foreach (var result in results)
            {
                var name = names.GetValueOrDefault(result.OrganisationId, result.OrganisationId.ToString());
                await output.WriteLineAsync(result.Ran
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"{name}: {(result.Rebuilt ? "rebuilt" : "refreshed")}, {result.Subjects} subject(s), {result.Facts} fact(s) in {result.Slices} slice(s), {result.Elapsed.TotalMilliseconds:0} ms.")
                    : $"{name}: skipped, another refresh is under way.");
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{description}: {results.Count(r => r.Ran)} of {results.Count} organisation(s) {(rebuild ? "rebuilt" : "refreshed")} in {watch.Elapsed.TotalSeconds:0.0} s."));
            return results.All(r => r.Ran) ? 0 : 1;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"amuddu indicators: {e.Message}");
            return 1;
        }
    }
}
