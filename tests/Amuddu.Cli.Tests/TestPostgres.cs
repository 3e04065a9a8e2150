using Npgsql;

namespace Amuddu.Cli.Tests;

/// <summary>
/// A PostgreSQL database of a test's own, on the server of AMUDDU_TEST_POSTGRES (test.sh starts one and sets it), dropped at
/// the end. The command-line tests of the PostgreSQL tools (backup, restore, the migration script) need a real server.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    private TestPostgres(string name) => Name = name;

    public string Name { get; }

    public static string Server =>
        Environment.GetEnvironmentVariable("AMUDDU_TEST_POSTGRES")
        ?? throw new InvalidOperationException("AMUDDU_TEST_POSTGRES must hold a connection string to a PostgreSQL server (test.sh sets it).");

    public string Connection => new NpgsqlConnectionStringBuilder(Server) { Database = Name, Pooling = false }.ConnectionString;

    public string[] Database => ["--provider", "Postgres", "--connection", Connection];

    /// <summary>The server's settings as libpq's environment (for psql), as the commands pass them.</summary>
    public static IReadOnlyDictionary<string, string> LibpqEnvironment()
    {
        var server = new NpgsqlConnectionStringBuilder(Server);
        var environment = new Dictionary<string, string> { ["PGHOST"] = server.Host!, ["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (server.Username is { } user)
        {
            environment["PGUSER"] = user;
        }

        if (server.Password is { } password)
        {
            environment["PGPASSWORD"] = password;
        }

        return environment;
    }

    public static async Task<TestPostgres> CreateAsync()
    {
        var database = new TestPostgres($"amuddu_cli_{Guid.NewGuid():N}");
        await ExecuteAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<string>> StringsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
