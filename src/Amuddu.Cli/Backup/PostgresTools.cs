using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Amuddu.Cli.Backup;

/// <summary>
/// pg_dump and pg_restore, run as processes with the connection of the settings. The connection goes to them in libpq's
/// environment variables (PGHOST, PGUSER, PGPASSWORD, PGPASSFILE, PGSSLMODE, …), never on their command line, where any
/// user of the machine could read a password in the process list.
/// </summary>
public static partial class PostgresTools
{
    public static Option<string?> Option() => new("--pg-bin")
    {
        Description = "the folder of pg_dump and pg_restore (default: PATH, else the newest /usr/lib/postgresql/*/bin)",
        HelpName = "folder",
    };

    public static async Task DumpAsync(string connectionString, string destination, string? pgBin, TextWriter progress, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var tables = await TableCountAsync(connectionString, cancellationToken);
        await progress.WriteLineAsync($"backup: pg_dump of database {connection.Database ?? connection.Username} ({tables} tables)");
        var done = 0;
        try
        {
            await RunAsync(Tool("pg_dump", pgBin), ["--format=custom", "--no-password", "--verbose", $"--file={destination}"], connection,
                line => DumpedTable().Match(line) is { Success: true } m
                    ? string.Create(CultureInfo.InvariantCulture, $"backup: table {++done} of {tables}: {m.Groups[1].Value}")
                    : null,
                progress, cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(destination, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        catch
        {
            File.Delete(destination);
            throw;
        }
    }

    public static async Task RestoreAsync(string source, string connectionString, string? pgBin, TextWriter progress, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var database = connection.Database ?? connection.Username
            ?? throw new InvalidOperationException("the connection string names no database.");
        if (await TableCountAsync(connectionString, cancellationToken) > 0)
        {
            throw new InvalidOperationException(
                $"database {database} is not empty: restore into a new one (createdb --owner <user> <name>) and point the connection at it.");
        }

        var restore = Tool("pg_restore", pgBin);
        var list = new List<string>();
        await RunAsync(restore, ["--list", source], connection, line => { list.Add(line); return null; }, TextWriter.Null, cancellationToken, captureOutput: true);
        var tables = list.Count(l => l.Contains(" TABLE DATA ", StringComparison.Ordinal));
        await progress.WriteLineAsync($"restore: pg_restore into database {database} ({tables} tables)");
        var done = 0;
        // One transaction: a restore that fails half-way leaves the database empty, not half filled. No owner and no grants:
        // the objects belong to the user of the connection, whatever the roles of the server the backup came from.
        await RunAsync(restore, ["--no-password", "--verbose", "--exit-on-error", "--single-transaction", "--no-owner", "--no-acl", $"--dbname={database}", source],
            connection,
            line => RestoredTable().Match(line) is { Success: true } m
                ? string.Create(CultureInfo.InvariantCulture, $"restore: table {++done} of {tables}: {m.Groups[1].Value}")
                : null,
            progress, cancellationToken);
    }

    /// <summary>Tables in the database's own schemas: 0 for an empty database.</summary>
    private static async Task<long> TableCountAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
            """, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static string Tool(string name, string? folder)
    {
        if (folder is not null)
        {
            var chosen = Path.Combine(folder, name);
            return File.Exists(chosen) ? chosen : throw new InvalidOperationException($"there is no {name} in {folder}.");
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Path.Combine(p, name)).FirstOrDefault(File.Exists);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0, Path: Path.Combine(d, "bin", name)))
                .Where(t => File.Exists(t.Path)).OrderByDescending(t => t.Version).Select(t => t.Path).FirstOrDefault()
            : null;
        return onPath ?? debian
            ?? throw new InvalidOperationException($"{name} was not found (install postgresql-client, or give its folder with --pg-bin).");
    }

    /// <summary>libpq's environment for the connection: what the settings say, nothing on the command line.</summary>
    private static void Describe(ProcessStartInfo start, NpgsqlConnectionStringBuilder connection)
    {
        void Set(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                start.Environment[name] = value;
            }
        }

        Set("PGHOST", connection.Host);
        Set("PGPORT", connection.Port.ToString(CultureInfo.InvariantCulture));
        Set("PGDATABASE", connection.Database);
        Set("PGUSER", connection.Username);
        Set("PGPASSWORD", connection.Password);
        Set("PGPASSFILE", connection.Passfile);
        Set("PGSSLROOTCERT", connection.RootCertificate);
        Set("PGSSLCERT", connection.SslCertificate);
        Set("PGSSLKEY", connection.SslKey);
        Set("PGCONNECT_TIMEOUT", connection.Timeout.ToString(CultureInfo.InvariantCulture));
        Set("PGSSLMODE", connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Prefer => "prefer",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => null,
        });
        Set("PGAPPNAME", "amuddu");
    }

    /// <summary>
    /// Runs the tool; each line of its standard error (its --verbose log) goes through <paramref name="progressLine"/>: a
    /// progress line to show, or null to drop it. Warnings and errors are always shown.
    /// </summary>
    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, NpgsqlConnectionStringBuilder connection,
        Func<string, string?> progressLine, TextWriter progress, CancellationToken cancellationToken, bool captureOutput = false)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Describe(start, connection);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        using var kill = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        var problems = new List<string>();
        var errors = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync(CancellationToken.None) is { } line)
            {
                if (line.Contains("error:", StringComparison.Ordinal) || line.Contains("warning:", StringComparison.Ordinal)
                    || line.Contains("FATAL", StringComparison.Ordinal))
                {
                    problems.Add(line);
                    await progress.WriteLineAsync(line);
                }
                else if (!captureOutput && progressLine(line) is { } shown)
                {
                    await progress.WriteLineAsync(shown);
                }
            }
        }, CancellationToken.None);
        while (await process.StandardOutput.ReadLineAsync(CancellationToken.None) is { } line)
        {
            if (captureOutput)
            {
                progressLine(line);
            }
        }

        await errors;
        await process.WaitForExitAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} failed (exit code {process.ExitCode}){(problems.Count > 0 ? ": " + problems[^1] : "")}");
        }
    }

    [GeneratedRegex("dumping contents of table \"(.+)\"")]
    private static partial Regex DumpedTable();

    [GeneratedRegex("processing data for table \"(.+)\"")]
    private static partial Regex RestoredTable();
}
