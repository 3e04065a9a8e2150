using System.CommandLine;
using Amuddu.Cli.Database;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Rights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Amuddu.Cli.Rights;

/// <summary>
/// <c>amuddu retention</c>: erases the files kept past their retention period (see docs/rights.md), or with
/// <c>--dry-run</c> only counts them. Meant for a daily cron job; prints counts, never a name.
/// </summary>
public static class RetentionCommand
{
    public const string Summary = "erase the files kept past their retention period (--dry-run to count only)";

    public static Command Build()
    {
        var database = new DatabaseOptions();
        var dryRun = new Option<bool>("--dry-run") { Description = "count what would be erased, change nothing" };
        var command = new Command("retention", $"""
            {Summary}
            settings: Amuddu__Retention__MinimalRecordDays (default 90), Amuddu__Retention__InactiveYears (default 5);
                      Amuddu__Encryption__Key, the same as the web app's.
            """);
        command.Options.Add(dryRun);
        database.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(result, database, result.GetValue(dryRun), cancellationToken));
        return command;
    }

    /// <summary>Runs <c>amuddu retention args...</c>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => AmudduCommandLine.RunAsync("retention", args, output, error);

    private static async Task<int> RunAsync(ParseResult parsed, DatabaseOptions database, bool dryRun, CancellationToken cancellationToken)
    {
        var (output, error) = AmudduCommandLine.Writers(parsed);
        try
        {
            await using var services = database.Build(parsed, out var description);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            if (!await CliServices.IsCurrentAsync(db, "retention", error, cancellationToken))
            {
                return 1;
            }

            var options = scope.ServiceProvider.GetRequiredService<IOptions<RetentionOptions>>().Value;
            var result = await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(dryRun, cancellationToken);
            var verb = dryRun ? "would be erased (dry run, nothing changed)" : "erased";
            await output.WriteLineAsync($"{description}: {result.MinimalRecords} minimal record(s) without consent for {options.MinimalRecordDays} days, "
                + $"{result.Inactive} file(s) inactive for {options.InactiveYears} years: {result.Total} {verb}.");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"amuddu retention: {e.Message}");
            return 1;
        }
    }
}
