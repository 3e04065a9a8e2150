using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Amuddu.Cli.Database;

/// <summary>
/// Builds the same data and identity services as the web host, from the same settings:
/// appsettings.json beside the program, then environment variables (Database__Provider,
/// ConnectionStrings__Amuddu), then --provider and --connection on the command line.
/// </summary>
public static class CliServices
{
    public static ServiceProvider Build(string? provider, string? connection, out string description)
    {
        var overrides = new Dictionary<string, string?>();
        if (provider is not null)
        {
            overrides["Database:Provider"] = provider;
        }

        if (connection is not null)
        {
            overrides["ConnectionStrings:Amuddu"] = connection;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();

        var engine = DatabaseSetup.ProviderFrom(configuration);
        description = engine switch
        {
            DatabaseProvider.Sqlite => $"SQLite ({DatabaseSetup.ConnectionStringFrom(configuration, engine)})",
            DatabaseProvider.Postgres => "PostgreSQL",
        };

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).SetMinimumLevel(LogLevel.Warning));
        services.AddAmudduData(configuration);
        services.AddAmudduIdentity(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>
    /// Whether the database has every migration this build knows of; when it has not, says so on
    /// <paramref name="error"/> in the name of <paramref name="command"/>, which should then stop.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(AmudduDbContext db, string command, TextWriter error, CancellationToken cancellationToken)
    {
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return true;
        }

        await error.WriteLineAsync($"amuddu {command}: the database is not up to date; run 'amuddu migrate' first.");
        return false;
    }
}
