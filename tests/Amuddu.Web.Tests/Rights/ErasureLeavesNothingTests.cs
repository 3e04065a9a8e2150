using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Amuddu.Web.Data;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Amuddu.Web.Tests.Rights;

/// <summary>
/// An erased person leaves nothing readable in the database's own files: not in the WAL, not in freed pages, not
/// in old row versions. The canaries are the fields kept in plain text (names, phone, e-mail; document numbers and
/// notes are encrypted anyway), unique enough that any hit is theirs.
/// </summary>
[Collection(DatabaseFilesCollection.Name)]
public sealed class ErasureLeavesNothingTests
{
    private const string FirstName = "Qzarnovelle";
    private const string LastName = "Vrimtakoush";
    private const string Phone = "0671935824";

    private static readonly string[] Canaries = [FirstName, LastName, "671935824", "qzarnovelle@example.org", "Vrimtakoush-Zeb"];

    [Fact]
    public async Task The_erased_names_phone_and_email_are_nowhere_in_the_database_files()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await FileInUseAsync(app);

        (await RightsData.EraseAsync(client, personId, await RightsData.FileNumberAsync(client, personId))).EnsureSuccessStatusCode();

        await AssertNoCanaryAsync(app.Database);
    }

    /// <summary>
    /// A transaction that began before the erasure (a report, an autovacuum's ANALYZE) may still see the erased row
    /// versions, and a rewrite made meanwhile would copy them into the new files: the purge waits for it to end.
    /// </summary>
    [Fact]
    public async Task A_reader_still_open_when_the_erasure_commits_does_not_keep_the_erased_rows()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await FileInUseAsync(app);
        var fileNumber = await RightsData.FileNumberAsync(client, personId);

        await using var reader = await OpenReaderAsync(app.Database);
        var erasure = RightsData.EraseAsync(client, personId, fileNumber);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(erasure.IsCompleted);
        await reader.DisposeAsync();

        (await erasure).EnsureSuccessStatusCode();
        await AssertNoCanaryAsync(app.Database);
    }

    /// <summary>A connection in a transaction that has read the people table, so it holds a snapshot from before the erasure (until the connection is closed).</summary>
    private static async Task<DbConnection> OpenReaderAsync(TestDatabase database)
    {
        DbConnection connection = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead);
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT count(*) FROM people";
        Assert.True(Convert.ToInt64(await read.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0);
        return connection;
    }

    private static async Task<(HttpClient Client, Guid PersonId)> FileInUseAsync(AmudduApp app)
    {
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, FirstName, LastName, Phone);

        // The file in use: corrected twice (each correction leaves an old row version and rewrites the search keys), a note, a document with its scan.
        foreach (var (lastName, neighbourhood) in new[] { ("Vrimtakoush-Zeb", "Maarif"), (LastName, "Sidi Maarouf") })
        {
            var current = await RightsData.PersonAsync(client, personId);
            var details = new
            {
                firstName = FirstName, lastName, sex = "Female", dateOfBirth = "1994-07-21", nationalityCode = "SN", languages = new[] { "fr" },
                phone = Phone, email = "qzarnovelle@example.org", regionCode = "MA-06", city = "Casablanca", neighbourhood, heardFrom = "Ngo",
                siteId = current.GetProperty("siteId").GetGuid(),
            };
            var update = await client.PutAsJsonAsync($"/api/v1/people/{personId}", new { person = details, version = current.GetProperty("version").GetInt64() });
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        }

        var note = await client.PostAsJsonAsync($"/api/v1/people/{personId}/notes",
            new { kind = "Phone", contactedAt = app.Clock.GetUtcNow().AddHours(-1), text = $"Appel de {FirstName} au {Phone}", sensitive = false });
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        await RightsData.AddDocumentAsync(client, personId, "RC-2025-31337", withScan: true);
        Assert.Equal([personId], await RightsData.SearchAsync(client, $"{FirstName} {LastName}"));
        Assert.Contains(await DatabaseFilesAsync(app.Database), f => f.Contains(FirstName));
        return (client, personId);
    }

    private static async Task AssertNoCanaryAsync(TestDatabase database)
    {
        var files = await DatabaseFilesAsync(database);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.All(Canaries, canary => Assert.False(file.Contains(canary), $"{file.Name} still holds {canary}"));
        }
    }

    private sealed record DatabaseFile(string Name, byte[] Bytes)
    {
        public bool Contains(string text) => Bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
    }

    /// <summary>SQLite: the file, its WAL and shared memory. PostgreSQL: every relation file of the app's tables, indexes and TOAST, once flushed.</summary>
    private static async Task<List<DatabaseFile>> DatabaseFilesAsync(TestDatabase database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            return [.. new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists).Select(f => new DatabaseFile(f, ReadShared(f)))];
        }

        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using (var checkpoint = new NpgsqlCommand("CHECKPOINT", connection))
        {
            await checkpoint.ExecuteNonQueryAsync();
        }

        var relations = new List<string>();
        await using (var command = new NpgsqlCommand("""
            SELECT pg_relation_filepath(c.oid) FROM pg_class c
            WHERE pg_relation_filepath(c.oid) IS NOT NULL
              AND (c.relnamespace = 'public'::regnamespace
                OR c.oid IN (SELECT reltoastrelid FROM pg_class WHERE relnamespace = 'public'::regnamespace)
                OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT reltoastrelid FROM pg_class WHERE relnamespace = 'public'::regnamespace)))
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                relations.Add(reader.GetString(0));
            }
        }

        string? dataDirectory;
        await using (var show = new NpgsqlCommand("SHOW data_directory", connection))
        {
            dataDirectory = (string?)await show.ExecuteScalarAsync();
        }

        var files = new List<DatabaseFile>();
        foreach (var relation in relations)
        {
            // Straight from the disk when this process can read the server's files (same machine, as root);
            // otherwise through the server itself (a superuser may read files under its data directory).
            var local = dataDirectory is null ? null : Path.Combine(dataDirectory, relation);
            if (local is not null && Readable(local))
            {
                files.AddRange(new[] { local }.Concat(Enumerable.Range(1, 1000).Select(n => $"{local}.{n}").TakeWhile(File.Exists))
                    .Select(f => new DatabaseFile(f, ReadShared(f))));
                continue;
            }

            await using var read = new NpgsqlCommand("SELECT pg_read_binary_file($1)", connection) { Parameters = { new() { Value = relation } } };
            files.Add(new DatabaseFile(relation, (byte[])(await read.ExecuteScalarAsync())!));
        }

        return files;
    }

    private static bool Readable(string path)
    {
        try
        {
            using var _ = File.OpenRead(path);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>
/// The tests that read the database server's files run alone, after the parallel tests: in a full PostgreSQL run the
/// other tests' databases are created from the template, dropped and vacuumed beside them, and the rewrite then kept
/// the erased row versions now and then (twice in three full runs; never when run alone, in the same database).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DatabaseFilesCollection
{
    public const string Name = "Database files";
}
