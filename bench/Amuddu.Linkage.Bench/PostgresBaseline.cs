using System.Diagnostics;
using Amuddu.Linkage.Normalisation;
using Npgsql;
using NpgsqlTypes;

namespace Amuddu.Linkage.Bench;

/// <summary>
/// The approach a database administrator would take instead of a linkage engine: pg_trgm similarity, Double
/// Metaphone and Levenshtein (fuzzystrmatch) on the names, for registrations born the same day, then connected
/// components of the pairs found. Dates are given to PostgreSQL already parsed, which only helps it.
/// </summary>
public sealed class PostgresBaseline(string connectionString)
{
    private const string Table = "amuddu_bench_people";

    public sealed record Outcome(int[] Clusters, TimeSpan Load, TimeSpan Query, long Pairs);

    public async Task<Outcome> FuzzyAsync(IReadOnlyList<PersonRecord> records)
    {
        await using var connection = await OpenAndLoadAsync(records);
        var load = loadTime;
        var watch = Stopwatch.StartNew();
        var pairs = new List<(int, int)>();
        await using (var command = new NpgsqlCommand(
            $"""
            SELECT a.idx, b.idx
            FROM {Table} a JOIN {Table} b ON a.dob = b.dob AND a.idx < b.idx
            WHERE (similarity(a.first, b.first) > 0.4
                   OR (dmetaphone(a.first) <> '' AND dmetaphone(a.first) = dmetaphone(b.first))
                   OR levenshtein(lower(a.first), lower(b.first)) <= 2)
              AND (similarity(a.last, b.last) > 0.4
                   OR (dmetaphone(a.last) <> '' AND dmetaphone(a.last) = dmetaphone(b.last))
                   OR levenshtein(lower(a.last), lower(b.last)) <= 2)
            """,
            connection) { CommandTimeout = 3600 })
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                pairs.Add((reader.GetInt32(0), reader.GetInt32(1)));
            }
        }

        watch.Stop();
        await DropAsync(connection);
        return new Outcome(Components(records.Count, pairs), load, watch.Elapsed, pairs.Count);
    }

    public async Task<Outcome> ExactAsync(IReadOnlyList<PersonRecord> records)
    {
        await using var connection = await OpenAndLoadAsync(records);
        var load = loadTime;
        var watch = Stopwatch.StartNew();
        var clusters = Enumerable.Range(0, records.Count).ToArray();
        await using (var command = new NpgsqlCommand(
            $"SELECT idx, min(idx) OVER (PARTITION BY lower(trim(first)), lower(trim(last)), dob) FROM {Table} WHERE dob IS NOT NULL AND first <> '' AND last <> ''",
            connection) { CommandTimeout = 3600 })
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                clusters[reader.GetInt32(0)] = reader.GetInt32(1);
            }
        }

        watch.Stop();
        await DropAsync(connection);
        return new Outcome(clusters, load, watch.Elapsed, 0);
    }

    private TimeSpan loadTime;

    private async Task<NpgsqlConnection> OpenAndLoadAsync(IReadOnlyList<PersonRecord> records)
    {
        var watch = Stopwatch.StartNew();
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            "CREATE EXTENSION IF NOT EXISTS fuzzystrmatch",
            $"DROP TABLE IF EXISTS {Table}",
            $"CREATE UNLOGGED TABLE {Table} (idx int PRIMARY KEY, first text NOT NULL, last text NOT NULL, dob date)",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        await using (var import = await connection.BeginBinaryImportAsync($"COPY {Table} (idx, first, last, dob) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < records.Count; i++)
            {
                await import.StartRowAsync();
                await import.WriteAsync(i, NpgsqlDbType.Integer);
                await import.WriteAsync(records[i].FirstName ?? string.Empty, NpgsqlDbType.Text);
                await import.WriteAsync(records[i].LastName ?? string.Empty, NpgsqlDbType.Text);
                if (DateParser.TryParse(records[i].DateOfBirth, out var d) && d.IsComplete)
                {
                    await import.WriteAsync(new DateOnly(d.Year, d.Month, d.Day), NpgsqlDbType.Date);
                }
                else
                {
                    await import.WriteNullAsync();
                }
            }

            await import.CompleteAsync();
        }

        foreach (var sql in new[] { $"CREATE INDEX ON {Table} (dob)", $"ANALYZE {Table}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        loadTime = watch.Elapsed;
        return connection;
    }

    private static async Task DropAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand($"DROP TABLE IF EXISTS {Table}", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static int[] Components(int count, List<(int A, int B)> pairs)
    {
        var parent = Enumerable.Range(0, count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        foreach (var (a, b) in pairs)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        return Enumerable.Range(0, count).Select(Find).ToArray();
    }
}
