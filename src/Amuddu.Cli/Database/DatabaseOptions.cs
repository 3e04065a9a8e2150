using System.CommandLine;

namespace Amuddu.Cli.Database;

/// <summary>The options of every command that opens the database; without them, the settings and environment decide.</summary>
public sealed class DatabaseOptions
{
    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = "Sqlite or Postgres (default: Database__Provider, else Sqlite)",
        HelpName = "Sqlite|Postgres",
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "the connection string (default: ConnectionStrings__Amuddu, else data/amuddu.db)",
        HelpName = "\"...\"",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    public Microsoft.Extensions.DependencyInjection.ServiceProvider Build(ParseResult result, out string description) =>
        CliServices.Build(result.GetValue(Provider), result.GetValue(Connection), out description);
}
