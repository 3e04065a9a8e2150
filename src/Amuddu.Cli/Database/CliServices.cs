using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
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
    public static ServiceProvider Build(string[] args, out string description)
    {
        var overrides = new Dictionary<string, string?>();
        for (var i = 0; i < args.Length - 1; i++)
        {
            switch (args[i])
            {
                case "--provider":
                    overrides["Database:Provider"] = args[++i];
                    break;
                case "--connection":
                    overrides["ConnectionStrings:Amuddu"] = args[++i];
                    break;
            }
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();

        var provider = DatabaseSetup.ProviderFrom(configuration);
        description = provider switch
        {
            DatabaseProvider.Sqlite => $"SQLite ({DatabaseSetup.ConnectionStringFrom(configuration, provider)})",
            DatabaseProvider.Postgres => "PostgreSQL",
        };

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).SetMinimumLevel(LogLevel.Warning));
        services.AddAmudduData(configuration);
        services.AddAmudduIdentity();
        return services.BuildServiceProvider(validateScopes: true);
    }

    public static bool WantsHelp(string[] args) => args.Any(a => a is "-h" or "--help");
}
