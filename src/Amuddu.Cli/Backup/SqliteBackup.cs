using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Amuddu.Cli.Backup;

/// <summary>
/// SQLite's online backup API (what <see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/> calls in one step),
/// stepped a few thousand pages at a time so that a long copy says how far it is. The source is read inside one read
/// transaction: with the write-ahead log the web app keeps writing meanwhile, and the copy is the database as it was
/// when the backup began, never a mix (without that transaction a write by the app would restart the copy).
/// </summary>
public static class SqliteBackup
{
    private const int PagesPerStep = 4096;

    public static async Task BackupAsync(string connectionString, string destination, TextWriter progress, CancellationToken cancellationToken)
    {
        var sourcePath = PathOf(connectionString);
        if (!File.Exists(sourcePath))
        {
            throw new InvalidOperationException($"there is no database at {sourcePath}.");
        }

        CreatePrivateFile(destination);
        var completed = false;
        try
        {
            await using var source = Open(connectionString, SqliteOpenMode.ReadWrite);
            await using var target = Open($"Data Source={destination}", SqliteOpenMode.ReadWrite);
            await using (var snapshot = source.BeginTransaction(deferred: true))
            {
                // The first read starts the snapshot the whole copy is taken from.
                await using (var read = source.CreateCommand())
                {
                    read.Transaction = snapshot;
                    read.CommandText = "SELECT COUNT(*) FROM sqlite_master";
                    await read.ExecuteScalarAsync(cancellationToken);
                }

                await CopyAsync(source, target, "backup", progress, cancellationToken);
            }

            // One self-contained file: no -wal beside it to forget when the backup is copied elsewhere.
            await using (var journal = target.CreateCommand())
            {
                journal.CommandText = "PRAGMA journal_mode = DELETE";
                await journal.ExecuteScalarAsync(cancellationToken);
            }

            await CheckAsync(target, destination, cancellationToken);
            completed = true;
        }
        finally
        {
            SqliteConnection.ClearPool(new SqliteConnection($"Data Source={destination}"));
            if (!completed)
            {
                File.Delete(destination);
            }
        }
    }

    public static async Task RestoreAsync(string source, string connectionString, TextWriter progress, CancellationToken cancellationToken)
    {
        var targetPath = PathOf(connectionString);
        await using (var backup = Open($"Data Source={source}", SqliteOpenMode.ReadOnly))
        {
            await CheckAsync(backup, source, cancellationToken);
            if (await ScalarAsync(backup, "SELECT COUNT(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'", cancellationToken) == 0)
            {
                throw new InvalidOperationException($"{source} is not an Amuddu database (it has no migrations history).");
            }
        }

        if (File.Exists(targetPath))
        {
            await using var existing = Open(connectionString, SqliteOpenMode.ReadOnly);
            if (await ScalarAsync(existing, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", cancellationToken) > 0)
            {
                throw new InvalidOperationException(
                    $"{targetPath} is not empty: stop the app, move the file (and its -wal and -shm) aside, then restore.");
            }
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(targetPath)!);
            CreatePrivateFile(targetPath);
        }

        try
        {
            await using var from = Open($"Data Source={source}", SqliteOpenMode.ReadOnly);
            await using var to = Open(connectionString, SqliteOpenMode.ReadWrite);
            await CopyAsync(from, to, "restore", progress, cancellationToken);
        }
        finally
        {
            SqliteConnection.ClearPool(new SqliteConnection(connectionString));
            SqliteConnection.ClearPool(new SqliteConnection($"Data Source={source}"));
        }
    }

    private static async Task CopyAsync(SqliteConnection source, SqliteConnection target, string what, TextWriter progress, CancellationToken cancellationToken)
    {
        var backup = raw.sqlite3_backup_init(target.Handle, "main", source.Handle, "main");
        if (backup is null || backup.IsInvalid)
        {
            throw new InvalidOperationException($"SQLite refused to start the {what}: {raw.sqlite3_errmsg(target.Handle).utf8_to_string()}");
        }

        using (backup)
        {
            var reported = -1;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rc = raw.sqlite3_backup_step(backup, PagesPerStep);
                var total = raw.sqlite3_backup_pagecount(backup);
                var percent = total == 0 ? 100 : (int)(100L * (total - raw.sqlite3_backup_remaining(backup)) / total);
                if (percent / 10 != reported / 10 || (rc == raw.SQLITE_DONE && percent != reported))
                {
                    reported = percent;
                    await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{what}: {percent}% of {total} pages"));
                }

                if (rc == raw.SQLITE_DONE)
                {
                    break;
                }

                if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
                {
                    await Task.Delay(100, cancellationToken);
                }
                else if (rc != raw.SQLITE_OK)
                {
                    throw new InvalidOperationException($"SQLite {what} failed: {raw.sqlite3_errstr(rc).utf8_to_string()}");
                }
            }

            var finish = raw.sqlite3_backup_finish(backup);
            if (finish != raw.SQLITE_OK)
            {
                throw new InvalidOperationException($"SQLite {what} failed: {raw.sqlite3_errstr(finish).utf8_to_string()}");
            }
        }
    }

    private static async Task CheckAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA quick_check";
        var answer = (string?)await check.ExecuteScalarAsync(cancellationToken);
        if (answer != "ok")
        {
            throw new InvalidOperationException($"{path} fails SQLite's check: {answer}");
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static SqliteConnection Open(string connectionString, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = mode, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static string PathOf(string connectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    /// <summary>An empty file only its owner can read (an empty file is a valid empty SQLite database).</summary>
    private static void CreatePrivateFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var _ = new FileStream(path, options);
    }
}
