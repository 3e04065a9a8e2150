using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Amuddu.Web.Data;

/// <summary>
/// Sets up every SQLite connection the app opens (a pooled handle keeps the settings; setting them again costs
/// microseconds):
/// <list type="bullet">
/// <item>secure delete: a deleted row, the old version of an updated row and a freed page are overwritten with
/// zeros instead of lingering in the file's free space, so an erased person's name or phone cannot be read back
/// from <c>amuddu.db</c> (the write-ahead log is cut at each erasure, see <c>ErasedDataPurge</c>);</item>
/// <item>the write-ahead log (kept in the file once set): readers never wait for a writer, nor a writer for readers;</item>
/// <item>synchronous NORMAL: a commit is written to the log without waiting for the disk, which is flushed at each
/// checkpoint. Each write (and every opening of a file, which writes its audit entry) no longer queues behind its own
/// disk flushes: with 50 staff opening a file a second, the audit write's p95 went from 9.7 s to 0.56 s on a shared
/// 2-core machine, and four times as many entries were written (bench/Amuddu.Load.Bench/README.md).
/// A crash of the app loses nothing; a power cut or a crash of the machine may lose the last transactions
/// before the checkpoint, never the file's consistency nor the audit chain's links (docs/backup.md).</item>
/// <item>in the web app, no checkpoint at commit (<see cref="BackgroundCheckpoints"/>): <see cref="SqliteCheckpoints"/> runs them
/// on a connection of its own, so that the disk flushes of a checkpoint never hold up the commit that happened to
/// fill the log, nor everyone waiting for it.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Common = "PRAGMA secure_delete = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

    /// <summary>SQLite's own checkpoints: a commit that fills the log past 1,000 pages copies it into the file (the command line).</summary>
    public static readonly SqliteConnectionSettings Instance = new(Common);

    /// <summary>No checkpoint at commit: a host that uses these runs <see cref="SqliteCheckpoints"/>.</summary>
    public static readonly SqliteConnectionSettings BackgroundCheckpoints = new(Common + " PRAGMA wal_autocheckpoint = 0;");

    private readonly string pragmas;

    private SqliteConnectionSettings(string pragmas) => this.pragmas = pragmas;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
