using Microsoft.Data.Sqlite;

namespace Amuddu.Web.Data;

/// <summary>
/// Copies SQLite's write-ahead log into the database file once a second, on a connection of its own, in the web app
/// (whose connections are set not to checkpoint at commit, <see cref="SqliteConnectionSettings.BackgroundCheckpoints"/>).
/// A checkpoint flushes the file to disk, which costs one disk flush (about 150 ms on the benchmark's machine): left to
/// SQLite, it runs in the commit that fills the log past 1,000 pages, and every page view waiting for that commit's
/// audit entries waited for the flush too. A passive checkpoint never blocks readers or writers: it copies what no
/// reader still needs, and the log starts over once everything in it has been copied.
/// </summary>
public sealed class SqliteCheckpoints(string connectionString, TimeProvider clock, ILogger<SqliteCheckpoints> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    /// <summary>What a checkpoint did: the pages in the log, and how many of them are now in the file.</summary>
    public sealed record Outcome(bool Busy, int LogPages, int CopiedPages);

    public async Task<Outcome> RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new(reader.GetInt32(0) != 0, reader.GetInt32(1), reader.GetInt32(2));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Every, clock, stoppingToken);
                await RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SqliteException e)
            {
                // The next tick tries again; the log only grows meanwhile.
                logger.LogWarning(e, "SQLite checkpoint failed");
            }
        }
    }
}

public static class SqliteCheckpointsSetup
{
    /// <summary>On SQLite, checkpoints run in the background rather than in the commits of the app's requests.</summary>
    public static IServiceCollection AddSqliteCheckpoints(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = DatabaseSetup.ProviderFrom(configuration);
        if (provider == DatabaseProvider.Sqlite)
        {
            var connectionString = DatabaseSetup.ConnectionStringFrom(configuration, provider);
            services.AddSingleton(sp => new SqliteCheckpoints(connectionString, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SqliteCheckpoints>>()));
            services.AddHostedService(sp => sp.GetRequiredService<SqliteCheckpoints>());
        }

        return services;
    }
}
