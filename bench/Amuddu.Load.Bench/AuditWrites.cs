using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>
/// The write every opening of a file makes: the product's audit entry (<see cref="AuditLog.RecordAsync"/>, linked into the
/// organisation's hash chain), by 50 staff at once, each opening a file a second. Each entry in a transaction of its
/// own (as before issue 14's grouping), then the product's way (<see cref="AuditWriter"/>: the entries waiting saved
/// together). On SQLite, the first also with the connection settings the app had before issue 14 (rollback journal,
/// synchronous FULL: three disk flushes a commit, every writer queued behind them).
/// </summary>
internal static class AuditWrites
{
    public static async Task RunAsync(DatabaseProvider provider, string connection, Guid organisation, Guid userId, int writers, TimeSpan length, Action<string> print)
    {
        print($"\n#### {provider}: opening a file writes its audit entry ({writers} staff, one a second each, {length.TotalSeconds:0} s)\n");
        print("| connection settings | entries | p50 ms | p95 ms | p99 ms |");
        print("|---|---:|---:|---:|---:|");
        if (provider == DatabaseProvider.Sqlite)
        {
            await JournalAsync(connection, "DELETE");
            var before = new DbContextOptionsBuilder<AmudduDbContext>()
                .UseSqlite(connection, o => o.MigrationsAssembly(DatabaseSetup.SqliteMigrationsAssembly)).AddInterceptors(new SecureDeleteOnly()).Options;
            print(await MeasureAsync("rollback journal, synchronous FULL, a transaction per entry (before)", Alone(before), organisation, userId, writers, length));
            await JournalAsync(connection, "WAL");
        }

        var settings = provider == DatabaseProvider.Sqlite ? "write-ahead log, synchronous NORMAL" : "the server's settings";
        var options = new DbContextOptionsBuilder<AmudduDbContext>().UseAmudduDatabase(provider, connection).Options;
        print(await MeasureAsync($"{settings}, a transaction per entry (before)", Alone(options), organisation, userId, writers, length));
        var services = new ServiceCollection()
            .AddDbContext<AmudduDbContext>(o => o.UseAmudduDatabase(provider, connection)).BuildServiceProvider();
        await using (services)
        await using (var writer = new AuditWriter(services.GetRequiredService<IServiceScopeFactory>()))
        {
            print(await MeasureAsync($"{settings}, the waiting entries saved together (the app's)", writer.WriteAsync, organisation, userId, writers, length));
        }
    }

    /// <summary>Each entry saved in a unit of work of its own, as the audit log did before it grouped them.</summary>
    private static Func<AuditEvent, Task> Alone(DbContextOptions<AmudduDbContext> options) => async entry =>
    {
        await using var db = new AmudduDbContext(options);
        db.AuditEvents.Add(entry);
        await db.SaveChangesAsync();
    };

    private static async Task<string> MeasureAsync(string name, Func<AuditEvent, Task> save, Guid organisation, Guid userId, int writers, TimeSpan length)
    {
        var times = new List<double>();
        using var stop = new CancellationTokenSource(length);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async w =>
        {
            var random = new Random(w);
            try
            {
                await Task.Delay(random.Next(1000), stop.Token);
                while (!stop.IsCancellationRequested)
                {
                    var started = Stopwatch.GetTimestamp();
                    await save(new AuditEvent
                    {
                        OccurredAt = AuditChain.ToMilliseconds(DateTimeOffset.UtcNow), Action = AuditActions.PersonViewed, UserId = userId,
                        OrganisationId = organisation, Subject = $"person {Guid.CreateVersion7()}", Detail = "bench",
                    });
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    lock (times)
                    {
                        times.Add(elapsed.TotalMilliseconds);
                    }

                    var wait = TimeSpan.FromSeconds(0.8 + 0.4 * random.NextDouble()) - elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, stop.Token);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }));
        times.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {times.Count} | {Recorder.Percentile(times, 0.5):0.0} | {Recorder.Percentile(times, 0.95):0.0} | {Recorder.Percentile(times, 0.99):0.0} |");
    }

    private static async Task JournalAsync(string connection, string mode)
    {
        SqliteConnection.ClearAllPools();
        await using var sqlite = new SqliteConnection(connection);
        await sqlite.OpenAsync();
        await using var command = sqlite.CreateCommand();
        command.CommandText = mode == "WAL" ? "PRAGMA journal_mode = WAL" : "PRAGMA journal_mode = DELETE";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>What every connection did before issue 14: secure delete, nothing else.</summary>
    private sealed class SecureDeleteOnly : DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA secure_delete = ON;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
