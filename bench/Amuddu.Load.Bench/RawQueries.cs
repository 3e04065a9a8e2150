using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Microsoft.Data.Sqlite;
using Npgsql;

/// <summary>
/// The queries behind the pages, written by hand and run on one connection of the engine's own driver, one after
/// the other: what the database alone costs, beside what each page costs through the app. Each with its plan.
/// Also the queries as they were before the fixes of issue 14 (a correlated EXISTS for the timeline; the index on
/// MergedIntoId holding every row), to show the difference on the same data.
/// </summary>
internal static class RawQueries
{
    private sealed record Query(string Name, string Sql, Func<Random, (Guid Person, string Name), Dictionary<string, object>> Parameters, int Runs);

    public static async Task RunAsync(DatabaseProvider provider, string connectionString, Guid organisation, Sample sample, int runs, Action<string> print)
    {
        await using DbConnection connection = provider == DatabaseProvider.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        object Id(Guid id) => provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;
        string PairKey(string name)
        {
            var keys = PersonSearchKey.KeysOf(name).ToList();
            return keys.Count >= 2 ? PersonSearchKey.Pair(keys[0], keys[1]) : keys[0];
        }

        var queries = new List<Query>
        {
            new("people list, newest 25", """SELECT "Id" FROM people WHERE "OrganisationId" = @org AND "MergedIntoId" IS NULL ORDER BY "CreatedAt" DESC, "Id" LIMIT 26""",
                (_, p) => new() { ["org"] = Id(organisation) }, runs),
            new("name search, newest 25", """SELECT "PersonId" FROM person_search_keys WHERE "OrganisationId" = @org AND "Key" = @key ORDER BY "CreatedAt" DESC, "PersonId" LIMIT 26""",
                (_, p) => new() { ["org"] = Id(organisation), ["key"] = PairKey(p.Name) }, runs),
            new("person by id", """SELECT * FROM people WHERE "Id" = @person""", (_, p) => new() { ["person"] = Id(p.Person) }, runs),
            new("files merged into this one", """SELECT "Id" FROM people WHERE "MergedIntoId" = @person""", (_, p) => new() { ["person"] = Id(p.Person) }, runs),
            new("timeline: referral events (join)", """SELECT e.* FROM referrals r JOIN referral_events e ON e."ReferralId" = r."Id" WHERE r."PersonId" = @person""",
                (_, p) => new() { ["person"] = Id(p.Person) }, runs),
            new("timeline: referral events (correlated EXISTS, before)", """SELECT e.* FROM referral_events e WHERE EXISTS (SELECT 1 FROM referrals r WHERE r."Id" = e."ReferralId" AND r."PersonId" = @person)""",
                (_, p) => new() { ["person"] = Id(p.Person) }, Math.Max(5, runs / 50)),
            new("contact notes of a person", """SELECT * FROM contact_notes WHERE "PersonId" = @person ORDER BY "ContactedAt" DESC""", (_, p) => new() { ["person"] = Id(p.Person) }, runs),
            new("appointments of a person", """SELECT * FROM appointments WHERE "PersonId" = @person""", (_, p) => new() { ["person"] = Id(p.Person) }, runs),
            new("audit chain's last entry", """SELECT "Sequence", "Hash" FROM audit_events WHERE "OrganisationId" = @org ORDER BY "Sequence" DESC LIMIT 1""",
                (_, p) => new() { ["org"] = Id(organisation) }, runs),
        };

        print($"\n#### {provider}: the queries alone (raw SQL, one connection, {runs} runs each)\n");
        print("| query | p50 ms | p95 ms | p99 ms | rows | plan |");
        print("|---|---:|---:|---:|---:|---|");
        foreach (var query in queries)
        {
            print(await TimeAsync(connection, provider, query, sample));
        }

        // Before the partial index: the same two queries with an index on MergedIntoId that holds every row.
        var full = """CREATE INDEX "IX_bench_MergedIntoId_full" ON people ("MergedIntoId")""";
        var partial = """DROP INDEX "IX_people_MergedIntoId" """;
        await ExecuteAsync(connection, partial);
        await ExecuteAsync(connection, full);
        await ExecuteAsync(connection, provider == DatabaseProvider.Sqlite ? "ANALYZE people" : "ANALYZE people");
        print("| *before: an index of every row on MergedIntoId, after ANALYZE* | | | | | |");
        foreach (var query in queries.Where(q => q.Name is "people list, newest 25" or "files merged into this one"))
        {
            print(await TimeAsync(connection, provider, query with { Runs = Math.Max(5, runs / 20) }, sample));
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            // Without statistics (a database never analysed): SQLite guesses, and the IS NULL looks selective.
            await ExecuteAsync(connection, "DELETE FROM sqlite_stat1 WHERE tbl = 'people'");
            await connection.CloseAsync();
            SqliteConnection.ClearPool((SqliteConnection)connection); // statistics are read when a connection loads the schema
            await connection.OpenAsync();
            print("| *before: the same index, without statistics* | | | | | |");
            foreach (var query in queries.Where(q => q.Name is "people list, newest 25" or "files merged into this one"))
            {
                print(await TimeAsync(connection, provider, query with { Runs = 5 }, sample));
            }
        }

        await ExecuteAsync(connection, """DROP INDEX "IX_bench_MergedIntoId_full" """);
        await ExecuteAsync(connection, """CREATE INDEX "IX_people_MergedIntoId" ON people ("MergedIntoId") WHERE "MergedIntoId" IS NOT NULL""");
        await ExecuteAsync(connection, "ANALYZE people");
    }

    private static async Task<string> TimeAsync(DbConnection connection, DatabaseProvider provider, Query query, Sample sample)
    {
        var random = new Random(14);
        var times = new List<double>();
        long rows = 0;
        string plan = "";
        for (var i = 0; i < query.Runs + 3; i++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = query.Sql;
            command.CommandTimeout = 600;
            foreach (var (name, value) in query.Parameters(random, sample.People[random.Next(sample.People.Count)]))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            if (i == 0)
            {
                plan = await PlanAsync(command, provider);
            }

            var watch = Stopwatch.StartNew();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    if (i >= 3)
                    {
                        rows++;
                    }
                }
            }

            if (i >= 3)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {query.Name} | {Recorder.Percentile(times, 0.5):0.00} | {Recorder.Percentile(times, 0.95):0.00} | {Recorder.Percentile(times, 0.99):0.00} | {(double)rows / query.Runs:0.#} | {plan} |");
    }

    private static async Task<string> PlanAsync(DbCommand command, DatabaseProvider provider)
    {
        var sql = command.CommandText;
        command.CommandText = (provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql;
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(provider == DatabaseProvider.Sqlite ? reader.GetString(3) : reader.GetString(0).Trim());
            }
        }

        command.CommandText = sql;
        return string.Join("; ", lines.Take(4)).Replace("|", "/", StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 1800;
        await command.ExecuteNonQueryAsync();
    }
}
