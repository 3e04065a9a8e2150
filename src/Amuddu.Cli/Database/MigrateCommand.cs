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

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (CliServices.WantsHelp(args))
        {
            await output.WriteLineAsync("usage: amuddu migrate [--provider Sqlite|Postgres] [--connection \"...\"]");
            return 0;
        }

        try
        {
            await using var services = CliServices.Build(args, out var description);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            await db.Database.MigrateAsync();
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
