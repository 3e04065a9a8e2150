using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Amuddu.Cli.Backup;
using Amuddu.Cli.Database;
using Amuddu.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Amuddu.Cli.Tests;

/// <summary>
/// <c>amuddu backup</c> and <c>amuddu restore</c> on both engines: the demo database backed up, restored into a fresh one, every
/// table holding as many rows as before, and the documents' numbers still readable with the key, and only with it.
/// </summary>
public sealed partial class BackupCommandTests : CliTestFolder
{
    private const string Key = "dGVzdC1vbmx5LWtleS0zMi1ieXRlcy1sb25nLWFiY2Q=";
    private const string OtherKey = "b3RoZXIta2V5LW9mLXRoaXJ0eS10d28tYnl0ZXMtISE=";

    // Demo seeding writes encrypted fields, with the web app's key (every command-line test sets the same one).
    public BackupCommandTests() => Environment.SetEnvironmentVariable("Amuddu__Encryption__Key", Key);

    [Fact]
    public async Task Sqlite_backup_while_the_app_writes_then_restore_into_a_fresh_file_keeps_every_row_and_the_documents_read_only_with_their_key()
    {
        Assert.Equal(0, (await Run(MigrateCommand.RunAsync, Database)).Code);
        Assert.Equal(0, (await Run(SeedDemoCommand.RunAsync, Database)).Code);
        Execute("CREATE TABLE busy (n INTEGER)");
        var backupFile = Path.Combine(Folder, "backup.db");

        // The app keeps writing during the backup: the copy is the database as it was when the backup began.
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            using var connection = new SqliteConnection(Connection);
            connection.Open();
            var written = 0;
            while (!stop.IsCancellationRequested)
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = $"INSERT INTO busy VALUES ({++written})";
                insert.ExecuteNonQuery();
            }

            return written;
        });
        while (Scalar("SELECT COUNT(*) FROM busy") == 0)
        {
            await Task.Delay(10);
        }

        var backup = await Run(BackupCommand.BackupAsync, [backupFile, .. Database]);
        await stop.CancelAsync();
        var written = await writer;

        Assert.True(backup.Code == 0, backup.Err);
        Assert.Matches(@"backup: 100% of \d+ pages", backup.Err);
        Assert.Contains("backed up to " + backupFile, backup.Out, StringComparison.Ordinal);
        Assert.Contains("Amuddu:Encryption:Key", backup.Out, StringComparison.Ordinal);
        AssertOwnerOnly(backupFile);
        AssertKeyNotIn(backupFile);
        Assert.False(File.Exists(backupFile + "-wal"));
        Assert.Equal(1, (await Run(BackupCommand.BackupAsync, [backupFile, .. Database])).Code); // never overwritten

        var restoredFile = Path.Combine(Folder, "restored", "amuddu.db");
        string[] restored = ["--provider", "Sqlite", "--connection", $"Data Source={restoredFile}"];
        var restore = await Run(BackupCommand.RestoreAsync, [backupFile, .. restored]);

        Assert.True(restore.Code == 0, restore.Err);
        Assert.Contains("restore: 100%", restore.Err, StringComparison.Ordinal);
        Assert.Contains("Amuddu:Encryption:Key", restore.Out, StringComparison.Ordinal);
        var before = SqliteCounts(Connection);
        var after = SqliteCounts($"Data Source={restoredFile}");
        Assert.True(before.Count > 100);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (table, count) in before.Where(t => t.Key != "busy"))
        {
            Assert.True(count == after[table], $"{table}: {count} rows before, {after[table]} after the restore");
        }

        Assert.True(after["people"] > 300);
        Assert.InRange(after["busy"], 1, written);
        AssertDocumentsReadOnlyWithTheirKey(SqliteStrings(Connection, Ciphers), SqliteStrings($"Data Source={restoredFile}", Ciphers));

        // The restored database is current, and a restore never overwrites a database.
        Assert.Contains("already up to date", (await Run(MigrateCommand.RunAsync, restored)).Out, StringComparison.Ordinal);
        var again = await Run(BackupCommand.RestoreAsync, [backupFile, .. restored]);
        Assert.Equal(1, again.Code);
        Assert.Contains("is not empty", again.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_backup_with_pg_dump_then_pg_restore_into_an_empty_database_keeps_every_row_and_the_documents_read_only_with_their_key()
    {
        await using var source = await TestPostgres.CreateAsync();
        await using var target = await TestPostgres.CreateAsync();
        Assert.Equal(0, (await Run(MigrateCommand.RunAsync, source.Database)).Code);
        Assert.Equal(0, (await Run(SeedDemoCommand.RunAsync, source.Database)).Code);
        var backupFile = Path.Combine(Folder, "amuddu.dump");

        var backup = await Run(BackupCommand.BackupAsync, [backupFile, .. source.Database]);

        Assert.True(backup.Code == 0, backup.Err);
        Assert.Matches(@"backup: table \d+ of \d+: public\.people", backup.Err);
        Assert.Contains("Amuddu:Encryption:Key", backup.Out, StringComparison.Ordinal);
        AssertOwnerOnly(backupFile);
        Assert.Equal("PGDMP", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(backupFile), 0, 5)); // pg_dump's custom format
        AssertKeyNotIn(backupFile);

        var restore = await Run(BackupCommand.RestoreAsync, [backupFile, .. target.Database]);

        Assert.True(restore.Code == 0, restore.Err);
        Assert.Matches(@"restore: table \d+ of \d+: public\.people", restore.Err);
        var before = await PostgresCountsAsync(source);
        var after = await PostgresCountsAsync(target);
        Assert.True(before.Count > 100);
        Assert.Equal(before, after);
        Assert.True(after["people"] > 300);
        AssertDocumentsReadOnlyWithTheirKey(await source.StringsAsync(Ciphers), await target.StringsAsync(Ciphers));

        Assert.Contains("already up to date", (await Run(MigrateCommand.RunAsync, target.Database)).Out, StringComparison.Ordinal);
        var again = await Run(BackupCommand.RestoreAsync, [backupFile, .. target.Database]);
        Assert.Equal(1, again.Code);
        Assert.Contains("is not empty", again.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_and_restore_explain_themselves_and_refuse_what_they_cannot_do()
    {
        var backupHelp = await Run(BackupCommand.BackupAsync, "--help");
        var restoreHelp = await Run(BackupCommand.RestoreAsync, "--help");
        var noDatabase = await Run(BackupCommand.BackupAsync, [Path.Combine(Folder, "b.db"), .. Database]);
        var noFile = await Run(BackupCommand.RestoreAsync, [Path.Combine(Folder, "missing.db"), .. Database]);
        var misspelt = await Run(BackupCommand.BackupAsync, [Path.Combine(Folder, "b.db"), "--pg-bn", "/usr/bin"]);

        Assert.Equal(0, backupHelp.Code);
        Assert.Contains("destination", backupHelp.Out, StringComparison.Ordinal);
        Assert.Contains("--pg-bin", backupHelp.Out, StringComparison.Ordinal);
        Assert.Equal(0, restoreHelp.Code);
        Assert.Contains("empty", restoreHelp.Out, StringComparison.Ordinal);
        Assert.Equal(1, noDatabase.Code);
        Assert.Contains("there is no database", noDatabase.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Folder, "b.db")));
        Assert.Equal(1, noFile.Code);
        Assert.Equal(2, misspelt.Code);
        Assert.Contains("'--pg-bn'", misspelt.Err, StringComparison.Ordinal);
    }

    private const string Ciphers = "SELECT \"NumberCipher\" FROM identity_documents WHERE \"NumberCipher\" <> '' ORDER BY \"Id\"";

    private static void AssertDocumentsReadOnlyWithTheirKey(List<string> before, List<string> after)
    {
        var key = new FieldProtector(Options.Create(new EncryptionOptions { Key = Key }));
        var other = new FieldProtector(Options.Create(new EncryptionOptions { Key = OtherKey }));
        Assert.True(after.Count > 100);
        Assert.Equal(before, after);
        var numbers = after.Select(key.UnprotectText).ToList();
        Assert.All(numbers, n => Assert.Matches(DemoNumber(), n));
        Assert.All(after, c => Assert.ThrowsAny<CryptographicException>(() => other.UnprotectText(c)));
    }

    /// <summary>A backup holds personal data: readable by its owner only.</summary>
    private static void AssertOwnerOnly(string file)
    {
        Assert.False(OperatingSystem.IsWindows(), "the command-line tests run on Linux");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    private static void AssertKeyNotIn(string file)
    {
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(-1, bytes.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(Key)));
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Convert.FromBase64String(Key)));
    }

    private static Dictionary<string, long> SqliteCounts(string connectionString)
    {
        var tables = SqliteStrings(connectionString, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        return tables.ToDictionary(t => t, t =>
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{t}\"";
            return (long)count.ExecuteScalar()!;
        });
    }

    private static List<string> SqliteStrings(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static async Task<SortedDictionary<string, long>> PostgresCountsAsync(TestPostgres database)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await database.StringsAsync("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'"))
        {
            counts[table] = await database.ScalarAsync($"SELECT COUNT(*) FROM \"{table}\"");
        }

        return counts;
    }

    [GeneratedRegex(@"^[A-Z]{1,2}-\d{6}$")]
    private static partial Regex DemoNumber();
}
