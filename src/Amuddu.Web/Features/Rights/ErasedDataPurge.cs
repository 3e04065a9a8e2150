using System.Data.Common;
using System.Diagnostics;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Amuddu.Web.Features.Rights;

/// <summary>
/// After an erasure has committed, makes the erased bytes leave the database files, not just the live rows.
/// <para>
/// SQLite: every connection deletes securely (<see cref="SqliteConnectionSettings"/>), so the file's free space holds
/// zeros; what is left is the write-ahead log, whose frames keep the pages as they were before the erasure
/// (and before every earlier edit) until a checkpoint. <c>wal_checkpoint(TRUNCATE)</c> copies the current pages
/// into the file and cuts the log to nothing.
/// </para>
/// <para>
/// PostgreSQL: an UPDATE or DELETE leaves the old row version in its page. Plain VACUUM prunes it (no query can
/// reach it any more, and it takes no lock that stops reads or writes), but it only compacts the page: the bytes
/// stay in the page's free space, and in the indexes' pages, until a new row happens to overwrite them. Only a
/// rewrite of the table (VACUUM FULL: new files, indexes rebuilt, the old files deleted) makes them go, and it
/// holds an exclusive lock for as long as it copies. So each table the erasure changed is rewritten when it is
/// small enough to be copied in about a second (<see cref="RewriteUpToBytes"/>, table, indexes and TOAST
/// together), never waiting more than <see cref="LockWait"/> for its lock (a queued exclusive lock would stop
/// every reader behind it); a bigger table, or one whose lock is not free, gets plain VACUUM and a log line,
/// and its erased bytes go at the operator's scheduled rewrite (docs/rights.md).
/// </para>
/// </summary>
public static class ErasedDataPurge
{
    public const long RewriteUpToBytes = 32L * 1024 * 1024;
    public const string LockWait = "2s";
    public const int RewriteAttempts = 3;
    public static readonly TimeSpan SnapshotWait = TimeSpan.FromSeconds(10);

    /// <summary>The tables the current transaction updated or deleted rows in (PostgreSQL; none on SQLite). Call before committing.</summary>
    public static async Task<IReadOnlyList<string>> TouchedTablesAsync(AmudduDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return [];
        }

        return await db.Database.SqlQueryRaw<string>(
                """SELECT format('%I.%I', schemaname, relname) AS "Value" FROM pg_stat_xact_user_tables WHERE n_tup_upd + n_tup_del > 0""")
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Runs after the commit and never fails the erasure, which has happened: a purge that cannot finish is logged.
    /// Not cancellable by the request either, for the same reason.
    /// </summary>
    public static async Task PurgeAsync(AmudduDbContext db, IEnumerable<string> tables)
    {
        var logger = db.GetService<ILoggerFactory>().CreateLogger(typeof(ErasedDataPurge).FullName!);
        await db.Database.OpenConnectionAsync(CancellationToken.None);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (db.Database.IsSqlite())
            {
                await using var checkpoint = Command(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
                await using var reader = await checkpoint.ExecuteReaderAsync();
                if (await reader.ReadAsync() && reader.GetInt64(0) != 0)
                {
                    logger.LogWarning("Erasure: the write-ahead log could not be checkpointed (a reader was busy); it will be at the next erasure or when the app stops.");
                }

                return;
            }

            await WaitForOlderSnapshotsAsync(connection, logger);
            foreach (var table in tables.Distinct(StringComparer.Ordinal))
            {
                await RewriteOrVacuumAsync(connection, table, logger);
            }
        }
        catch (DbException e)
        {
            logger.LogError(e, "Erasure: the erased rows were not purged from the database files.");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// A rewrite copies every row version that some transaction may still see: while a transaction that began
    /// before the erasure committed (a report, an autovacuum's ANALYZE, another request) holds its snapshot, the
    /// erased versions are copied into the new files too. So first wait, bounded by <see cref="SnapshotWait"/>,
    /// until no other session of this database holds a snapshot or a transaction id from before a transaction id
    /// taken now (after the erasure's): from then on the erased versions are dead for everyone.
    /// </summary>
    private static async Task WaitForOlderSnapshotsAsync(DbConnection connection, ILogger logger)
    {
        await using var now = Command(connection, "SELECT pg_current_xact_id()::xid::text");
        var after = (string)(await now.ExecuteScalarAsync())!;
        await using var older = Command(connection, """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
              AND (age(backend_xmin) >= age(@after::xid) OR age(backend_xid) >= age(@after::xid))
            """);
        older.Parameters.Add(new NpgsqlParameter("after", after));
        var waited = Stopwatch.StartNew();
        while ((long)(await older.ExecuteScalarAsync())! > 0)
        {
            if (waited.Elapsed >= SnapshotWait)
            {
                logger.LogWarning("Erasure: a transaction older than the erasure is still open; tables are rewritten anyway and may keep the erased bytes until the scheduled rewrite.");
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    private static async Task RewriteOrVacuumAsync(DbConnection connection, string table, ILogger logger)
    {
        await using var measure = Command(connection, $"SELECT pg_total_relation_size('{table.Replace("'", "''", StringComparison.Ordinal)}'::regclass)");
        var size = (long)(await measure.ExecuteScalarAsync())!;
        if (size <= RewriteUpToBytes)
        {
            await ExecuteAsync(connection, $"SET lock_timeout = '{LockWait}'");
            try
            {
                // A reader or an autovacuum may hold the table for a moment: wait for it a few times, each wait bounded,
                // so that a queued exclusive lock never stops the readers behind it for long.
                for (var attempt = 1; attempt <= RewriteAttempts; attempt++)
                {
                    try
                    {
                        await ExecuteAsync(connection, $"VACUUM (FULL) {table}");
                        return;
                    }
                    catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable && attempt < RewriteAttempts)
                    {
                        // Busy this time: wait for the lock once more.
                    }
                    catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
                    {
                        logger.LogWarning("Erasure: {Table} was busy, vacuumed without a rewrite; the erased bytes stay in its free space until the scheduled rewrite.", table);
                    }
                }
            }
            finally
            {
                await ExecuteAsync(connection, "RESET lock_timeout");
            }
        }
        else
        {
            logger.LogInformation("Erasure: {Table} ({Megabytes} MB) vacuumed without a rewrite; the erased bytes stay in its free space until the scheduled rewrite.", table, size >> 20);
        }

        await ExecuteAsync(connection, $"VACUUM {table}");
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = Command(connection, sql);
        await command.ExecuteNonQueryAsync();
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }
}
