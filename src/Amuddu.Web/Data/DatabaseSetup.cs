using Amuddu.Web.Features.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Chooses the engine from configuration: SQLite by default, PostgreSQL when asked for.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "Amuddu.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Amuddu.Migrations.Postgres";
    public const string DefaultSqliteConnection = "Data Source=data/amuddu.db";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        return name?.ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException(
                $"Database:Provider '{name}' is not known: use 'Sqlite' or 'Postgres'."),
        };
    }

    public static string ConnectionStringFrom(IConfiguration configuration, DatabaseProvider provider) =>
        configuration.GetConnectionString("Amuddu") switch
        {
            { Length: > 0 } configured => configured,
            _ when provider == DatabaseProvider.Sqlite => DefaultSqliteConnection,
            _ => throw new InvalidOperationException("ConnectionStrings:Amuddu is required for PostgreSQL."),
        };

    /// <summary>A streaming replica the statistics read from (<see cref="StatisticsReads"/>), when one is configured.</summary>
    public static string? ReplicaConnectionStringFrom(IConfiguration configuration) =>
        configuration.GetConnectionString("AmudduReplica") is { Length: > 0 } replica ? replica : null;

    /// <summary>
    /// Points the options at the engine and at that engine's migrations assembly. With <paramref name="backgroundCheckpoints"/>,
    /// SQLite commits never checkpoint the log: the host runs <see cref="SqliteCheckpoints"/>.
    /// </summary>
    public static TBuilder UseAmudduDatabase<TBuilder>(this TBuilder options, DatabaseProvider provider, string connectionString, bool backgroundCheckpoints = false)
        where TBuilder : DbContextOptionsBuilder
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(connectionString);
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                options.AddInterceptors(backgroundCheckpoints ? SqliteConnectionSettings.BackgroundCheckpoints : SqliteConnectionSettings.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
        }

        // Reference data is not demo data: every database gets it right after its migrations.
        options.UseAsyncSeeding((context, _, cancellationToken) =>
            ReferenceDataSeed.EnsureAsync((AmudduDbContext)context, cancellationToken));
        options.UseSeeding((context, _) =>
            ReferenceDataSeed.EnsureAsync((AmudduDbContext)context, CancellationToken.None).GetAwaiter().GetResult());
        return options;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
