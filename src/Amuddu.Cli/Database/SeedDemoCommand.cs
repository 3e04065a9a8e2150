using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Cli.Database;

/// <summary><c>amuddu seed-demo</c>: fills an empty database with demo organisations and sign-ins.</summary>
public static class SeedDemoCommand
{
    public const string Summary = "fill an empty database with demo organisations and accounts (never in production)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (CliServices.WantsHelp(args))
        {
            await output.WriteLineAsync("usage: amuddu seed-demo [--provider Sqlite|Postgres] [--connection \"...\"]");
            return 0;
        }

        try
        {
            await using var services = CliServices.Build(args, out var description);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                await error.WriteLineAsync("amuddu seed-demo: the database is not up to date; run 'amuddu migrate' first.");
                return 1;
            }

            var seeded = await DemoData.SeedAsync(scope.ServiceProvider, TimeProvider.System, CancellationToken.None);
            await output.WriteLineAsync(seeded
                ? $"{description}: demo data added ({DemoAccounts.All.Count} accounts, password {DemoAccounts.Password})."
                : $"{description}: the database already has organisations; demo data left as it is.");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"amuddu seed-demo: {e.Message}");
            return 1;
        }
    }
}
