using System.Collections.Concurrent;
using System.Data.Common;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Amuddu.Web.Tests.Platform;

/// <summary>The commands the app sends, captured, and the plans the engine makes for them: what the plan tests check.</summary>
internal static class QueryPlans
{
    /// <summary>Whether the command reads the table (PostgreSQL's commands name it bare, SQLite's in quotes).</summary>
    public static bool Reads(string sql, string table) =>
        System.Text.RegularExpressions.Regex.IsMatch(sql, $"(FROM|JOIN) \"?{table}\"?\\s", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>The engine's plan for a command: SQLite's EXPLAIN QUERY PLAN; PostgreSQL's EXPLAIN, with sequential scans priced out (the test's tables are tiny).</summary>
    public static async Task<string> PlanAsync(AmudduDbContext db, DbCommand command)
    {
        await db.Database.OpenConnectionAsync();
        var sqlite = db.Database.IsSqlite();
        if (!sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        }

        command.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.CommandText;
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(sqlite ? 3 : 0));
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>A command as sent: its text, its parameters and the connection string it went through.</summary>
    public sealed record Command(string Sql, (string Name, object? Value, System.Data.DbType Type)[] Parameters, string Connection)
    {
        public DbCommand Replay(AmudduDbContext db)
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Sql;
            foreach (var (name, value, type) in Parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                parameter.DbType = type;
                command.Parameters.Add(parameter);
            }

            return command;
        }
    }

    /// <summary>Every query and statement the app sends, with its parameters, to be explained afterwards.</summary>
    public sealed class CommandCapture : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<Command> _commands = new();

        public IReadOnlyList<Command> Captured => [.. _commands];

        public void Clear() => _commands.Clear();

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Capture(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Capture(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Capture(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Capture(command);
            return ValueTask.FromResult(result);
        }

        private void Capture(DbCommand command) => _commands.Enqueue(new Command(command.CommandText,
            [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value, p.DbType))],
            command.Connection?.ConnectionString ?? ""));
    }
}
