using System.CommandLine;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Cli.Database;

/// <summary><c>amuddu seed-demo</c>: fills an empty database with demo organisations and sign-ins.</summary>
public static class SeedDemoCommand
{
    public const string Summary = "fill an empty database with demo organisations and accounts (never in production)";

    public static Command Build()
    {
        var database = new DatabaseOptions();
        var command = new Command("seed-demo", Summary);
        database.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(result, database, cancellationToken));
        return command;
    }

    /// <summary>Runs <c>amuddu seed-demo args...</c>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => AmudduCommandLine.RunAsync("seed-demo", args, output, error);

    private static async Task<int> RunAsync(ParseResult result, DatabaseOptions database, CancellationToken cancellationToken)
    {
        var (output, error) = AmudduCommandLine.Writers(result);
        try
        {
            await using var services = database.Build(result, out var description);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            if (!await CliServices.IsCurrentAsync(db, "seed-demo", error, cancellationToken))
            {
                return 1;
            }

            var seeded = await DemoData.SeedAsync(scope.ServiceProvider, TimeProvider.System, cancellationToken);
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
