using System.CommandLine;
using Amuddu.Cli.Database;
using Amuddu.Web.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Cli.Backup;

/// <summary>
/// <c>amuddu backup &lt;destination&gt;</c> and <c>amuddu restore &lt;source&gt;</c>: a consistent copy of the database while the
/// app runs (SQLite's online backup; PostgreSQL's pg_dump in its custom format), and its restore into an empty database.
/// The encryption key is not in the database, so never in a backup: both commands say where it must be kept instead.
/// </summary>
public static class BackupCommand
{
    public const string BackupSummary = "copy the database to a file while the app runs (SQLite: online backup; PostgreSQL: pg_dump)";
    public const string RestoreSummary = "restore a backup made by 'amuddu backup' into an empty database";

    /// <summary>What every backup and restore ends with: the one thing the backup does not hold.</summary>
    public const string KeyReminder =
        "The encryption key (Amuddu:Encryption:Key) is not in this backup, and must never be: keep it apart from the backups "
        + "(secret store, password manager). Without it, document numbers and scans in the backup cannot be read.";

    public static Command BuildBackup()
    {
        var database = new DatabaseOptions();
        var tools = PostgresTools.Option();
        var destination = new Argument<string>("destination")
        {
            Description = "the file to write (it must not exist); SQLite: a database file, PostgreSQL: a pg_dump archive (custom format)",
        };
        var command = new Command("backup", $"""
            {BackupSummary}.
            The file holds personal data: it is made readable by its owner only; keep backups encrypted.
            PostgreSQL: pg_dump of a version at least the server's (--pg-bin, else PATH, else the newest /usr/lib/postgresql/*/bin);
            the password goes to it in PGPASSWORD, never on its command line.
            """) { destination };
        command.Options.Add(tools);
        database.AddTo(command);
        command.SetAction((result, cancellationToken) => BackupAsync(result, database, result.GetValue(destination)!, result.GetValue(tools), cancellationToken));
        return command;
    }

    public static Command BuildRestore()
    {
        var database = new DatabaseOptions();
        var tools = PostgresTools.Option();
        var source = new Argument<string>("source") { Description = "a file written by 'amuddu backup' on the same engine" };
        var command = new Command("restore", $"""
            {RestoreSummary} (stop the web instances first).
            SQLite: the database file named by the connection must not exist or be empty. PostgreSQL: the database must exist
            and be empty (createdb --owner amuddu amuddu); pg_restore runs in one transaction, so a failure leaves it empty.
            Then start the app with the encryption key the backup was made with, and run 'amuddu migrate' if this build is newer.
            """) { source };
        command.Options.Add(tools);
        database.AddTo(command);
        command.SetAction((result, cancellationToken) => RestoreAsync(result, database, result.GetValue(source)!, result.GetValue(tools), cancellationToken));
        return command;
    }

    /// <summary>Runs <c>amuddu backup args...</c>.</summary>
    public static Task<int> BackupAsync(string[] args, TextWriter output, TextWriter error) => AmudduCommandLine.RunAsync("backup", args, output, error);

    /// <summary>Runs <c>amuddu restore args...</c>.</summary>
    public static Task<int> RestoreAsync(string[] args, TextWriter output, TextWriter error) => AmudduCommandLine.RunAsync("restore", args, output, error);

    private static Task<int> BackupAsync(ParseResult result, DatabaseOptions database, string destination, string? pgBin, CancellationToken cancellationToken) =>
        RunAsync(result, database, "backup", async (provider, connection, progress) =>
        {
            destination = Path.GetFullPath(destination);
            if (File.Exists(destination))
            {
                throw new InvalidOperationException($"{destination} exists already; give a new file name (a date in it, for instance).");
            }

            await (provider == DatabaseProvider.Sqlite
                ? SqliteBackup.BackupAsync(connection, destination, progress, cancellationToken)
                : PostgresTools.DumpAsync(connection, destination, pgBin, progress, cancellationToken));
            return FormattableString.Invariant($"backed up to {destination} ({new FileInfo(destination).Length / 1048576.0:0.0} MB)");
        }, KeyReminder);

    private static Task<int> RestoreAsync(ParseResult result, DatabaseOptions database, string source, string? pgBin, CancellationToken cancellationToken) =>
        RunAsync(result, database, "restore", async (provider, connection, progress) =>
        {
            source = Path.GetFullPath(source);
            if (!File.Exists(source))
            {
                throw new InvalidOperationException($"there is no file {source}.");
            }

            await (provider == DatabaseProvider.Sqlite
                ? SqliteBackup.RestoreAsync(source, connection, progress, cancellationToken)
                : PostgresTools.RestoreAsync(source, connection, pgBin, progress, cancellationToken));
            return $"restored from {source}";
        }, "Start the app with the encryption key this backup was made with; run 'amuddu migrate' first if this build is newer than the backup. "
            + KeyReminder);

    /// <summary>
    /// Runs a backup or a restore on the engine and connection of the settings, progress on standard error; says what it
    /// did and how long it took, then <paramref name="closing"/>. A refusal or failure is one line naming the command (exit code 1).
    /// </summary>
    private static async Task<int> RunAsync(ParseResult result, DatabaseOptions database, string name,
        Func<DatabaseProvider, string, TextWriter, Task<string>> work, string closing)
    {
        var (output, error) = AmudduCommandLine.Writers(result);
        try
        {
            var (provider, connection, description) = Settings(result, database);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var done = await work(provider, connection, error);
            await output.WriteLineAsync(FormattableString.Invariant($"{description}: {done} in {watch.Elapsed.TotalSeconds:0.0} s."));
            await output.WriteLineAsync(closing);
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"amuddu {name}: {e.Message}");
            return 1;
        }
    }

    /// <summary>The engine and connection string the web app would use (settings, environment, then --provider and --connection).</summary>
    private static (DatabaseProvider Provider, string Connection, string Description) Settings(ParseResult result, DatabaseOptions database)
    {
        using var services = database.Build(result, out var description);
        var configuration = services.GetRequiredService<IConfiguration>();
        var provider = DatabaseSetup.ProviderFrom(configuration);
        return (provider, DatabaseSetup.ConnectionStringFrom(configuration, provider), description);
    }
}
