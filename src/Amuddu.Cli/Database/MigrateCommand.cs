using System.CommandLine;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Cli.Database;

/// <summary>
/// <c>amuddu migrate</c>: brings the database schema up to date and adds missing reference data.
/// Run it once per deployment, before starting the web instances, not from each of them.
/// </summary>
public static class MigrateCommand
{
    public const string Summary = "create or upgrade the database schema and its reference data";

    public static Command Build()
    {
        var database = new DatabaseOptions();
        var command = new Command("migrate", Summary);
        database.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(result, database, cancellationToken));
        return command;
    }

    /// <summary>Runs <c>amuddu migrate args...</c>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => AmudduCommandLine.RunAsync("migrate", args, output, error);

    private static async Task<int> RunAsync(ParseResult result, DatabaseOptions database, CancellationToken cancellationToken)
    {
        var (output, error) = AmudduCommandLine.Writers(result);
        try
        {
            await using var services = database.Build(result, out var description);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            await output.WriteLineAsync(pending.Count == 0
                ? $"{description}: schema already up to date."
                : $"{description}: applied {pending.Count} migration(s): {string.Join(", ", pending)}.");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"amuddu migrate: {e.Message}");
            return 1;
        }
    }
}
