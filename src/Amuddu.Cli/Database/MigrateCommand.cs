using System.CommandLine;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Cli.Database;

/// <summary>
/// <c>amuddu migrate</c>: brings the database schema up to date and adds missing reference data.
/// Run it once per deployment, before starting the web instances, not from each of them.
/// <c>amuddu migrate --script file</c> writes the SQL instead, for an operator who must review it before it runs.
/// </summary>
public static class MigrateCommand
{
    public const string Summary = "create or upgrade the database schema and its reference data (--script: write the SQL instead)";

    public static Command Build()
    {
        var database = new DatabaseOptions();
        var script = new Option<string?>("--script")
        {
            Description = """
                write the idempotent SQL script of every migration to this file ('-': standard output) and change nothing;
                it can run more than once (applied migrations are skipped). PostgreSQL only: EF Core cannot make an
                idempotent script for SQLite. It holds no reference data: run 'amuddu migrate' after it to add that.
                """,
            HelpName = "file",
        };
        var command = new Command("migrate", Summary);
        command.Options.Add(script);
        database.AddTo(command);
        command.SetAction((result, cancellationToken) => result.GetValue(script) is { } file
            ? ScriptAsync(result, database, file, cancellationToken)
            : RunAsync(result, database, cancellationToken));
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

    private static async Task<int> ScriptAsync(ParseResult result, DatabaseOptions database, string file, CancellationToken cancellationToken)
    {
        var (output, error) = AmudduCommandLine.Writers(result);
        try
        {
            await using var services = database.Build(result, out var description);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            // Written without a connection: the same script for every database, whatever it already has.
            var sql = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
            var migrations = db.Database.GetMigrations().ToList();
            if (file == "-")
            {
                await output.WriteAsync(sql);
                return 0;
            }

            await File.WriteAllTextAsync(file, sql, cancellationToken);
            await output.WriteLineAsync(
                $"{description}: idempotent script of {migrations.Count} migration(s) (the last {migrations[^1]}) written to {file}. "
                + "Apply it with 'psql -v ON_ERROR_STOP=1 -f', then run 'amuddu migrate' to add the reference data.");
            return 0;
        }
        catch (NotSupportedException e)
        {
            // SQLite's provider refuses idempotent scripts ("not currently supported for SQLite").
            await error.WriteLineAsync($"amuddu migrate --script: {e.Message} Run 'amuddu migrate' instead (after 'amuddu backup').");
            return 1;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"amuddu migrate: {e.Message}");
            return 1;
        }
    }
}
