using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Amuddu.Web.Tests.Infrastructure;

/// <summary>
/// A database of a test's own, on the engine chosen by AMUDDU_TEST_DATABASE (sqlite, the default,
/// or postgres with AMUDDU_TEST_POSTGRES). Every test gets a copy of one template that was migrated
/// and filled with demo data once per test run, so no test sees another's writes.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static string? _template;

    private TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    private readonly Func<Task> _drop;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static DatabaseProvider ConfiguredProvider =>
        Environment.GetEnvironmentVariable("AMUDDU_TEST_DATABASE")?.ToLowerInvariant() is "postgres" or "postgresql"
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    private static string PostgresServer =>
        Environment.GetEnvironmentVariable("AMUDDU_TEST_POSTGRES")
        ?? throw new InvalidOperationException("AMUDDU_TEST_POSTGRES must hold a connection string to a PostgreSQL server for the PostgreSQL suite (test.sh sets it).");

    public static async Task<TestDatabase> CreateAsync()
    {
        var template = await TemplateAsync();
        var name = $"t{Guid.NewGuid():N}";
        switch (ConfiguredProvider)
        {
            case DatabaseProvider.Sqlite:
                var path = Path.Combine(Path.GetDirectoryName(template)!, name + ".db");
                File.Copy(template, path);
                var sqlite = $"Data Source={path}";
                return new TestDatabase(DatabaseProvider.Sqlite, sqlite, () =>
                {
                    // This database's pool only: clearing every pool would close the last connection of another test's
                    // database, and SQLite checkpoints its log on that close, under that test's feet.
                    SqliteConnection.ClearPool(new SqliteConnection(sqlite));
                    File.Delete(path);
                    return Task.CompletedTask;
                });
            case DatabaseProvider.Postgres:
                await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
                var connection = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
                return new TestDatabase(DatabaseProvider.Postgres, connection, async () =>
                {
                    NpgsqlConnection.ClearPool(new NpgsqlConnection(connection));
                    await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                });
            default:
                throw new InvalidOperationException($"Unknown provider {ConfiguredProvider}.");
        }
    }

    public ValueTask DisposeAsync() => new(_drop());

    private static async Task<string> TemplateAsync()
    {
        await TemplateGate.WaitAsync();
        try
        {
            return _template ??= await BuildTemplateAsync();
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    private static async Task<string> BuildTemplateAsync()
    {
        string connectionString, template;
        switch (ConfiguredProvider)
        {
            case DatabaseProvider.Sqlite:
                var folder = Path.Combine(Path.GetTempPath(), $"amuddu-tests-{Environment.ProcessId}");
                Directory.CreateDirectory(folder);
                template = Path.Combine(folder, "template.db");
                File.Delete(template);
                connectionString = $"Data Source={template};Pooling=False";
                // The template and any copy a test left behind (a failed test's) go with the process.
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    SqliteConnection.ClearAllPools();
                    Directory.Delete(folder, recursive: true);
                };
                break;
            case DatabaseProvider.Postgres:
                template = $"amuddu_template_{Environment.ProcessId}";
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)");
                await ExecuteAsync($"CREATE DATABASE \"{template}\"");
                // No pooled connection may stay open on a template database, or copying it fails.
                connectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = template, Pooling = false }.ConnectionString;
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                    ExecuteAsync($"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)").GetAwaiter().GetResult();
                break;
            default:
                throw new InvalidOperationException($"Unknown provider {ConfiguredProvider}.");
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = ConfiguredProvider.ToString(),
            ["ConnectionStrings:Amuddu"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddAmudduData(configuration);
        services.AddAmudduIdentity(configuration);
        services.Configure<PasswordHasherOptions>(AmudduApp.CheapPasswordHashing);
        await using (var provider = services.BuildServiceProvider())
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AmudduDbContext>().Database.MigrateAsync();
            await DemoData.SeedAsync(scope.ServiceProvider, TimeProvider.System, CancellationToken.None, withPeople: false);
        }

        SqliteConnection.ClearAllPools();
        return template;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
