using System.Diagnostics;
using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

// Reporting benchmark: the dashboards (outreach funnel, referral network statistics, programme dashboard) and their
// CSV exports over one organisation of N people and their pathway events of 24 months, on SQLite and PostgreSQL.
// See README.md.
var people = IntOption("--people", 1_000_000);
var runs = IntOption("--runs", 20);
var budget = TimeSpan.FromSeconds(IntOption("--max-seconds", 90));
var engines = (Option("--engines") ?? "sqlite,postgres").Split(',');
var only = Option("--only");
var sqlitePath = Option("--sqlite") ?? Path.Combine(Path.GetTempPath(), $"amuddu-reporting-bench-{people}.db");
var postgres = Option("--pg");
var generateOnly = args.Contains("--generate-only");
var rebuild = args.Contains("--rebuild");

Console.WriteLine($"# reporting benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
Console.WriteLine($"{people:N0} people; up to {runs} runs a measurement (at most {budget.TotalSeconds:0} s each, 3 at least), after one warm-up run\n");

var rows = new List<string>();
foreach (var engine in engines)
{
    if (engine == "sqlite")
    {
        await RunAsync(DatabaseProvider.Sqlite, $"Data Source={sqlitePath}");
    }
    else if (engine == "postgres")
    {
        if (postgres is null)
        {
            Console.WriteLine("PostgreSQL skipped: no --pg connection string given.");
            continue;
        }

        await RunAsync(DatabaseProvider.Postgres, postgres);
    }
}

if (rows.Count > 0)
{
    Console.WriteLine("\n| engine | measurement | runs | p50 ms | p95 ms | max ms | allocated per run | working set after | result |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    rows.ForEach(Console.WriteLine);
}

async Task RunAsync(DatabaseProvider provider, string connection)
{
    var options = new DbContextOptionsBuilder<AmudduDbContext>().UseAmudduDatabase(provider, connection).Options;
    var world = await Generator.EnsureAsync(options, provider, people);
    var remade = await EnsureModelTablesAsync(options, provider);
    await EnsureModelIndexesAsync(options, provider);
    await IndicatorSetup.EnsureAsync(options, world, provider, rebuild, remade, rows);
    if (generateOnly)
    {
        return;
    }

    var analyst = new BenchAnalyst(world.OrganisationId, world.AnalystId);
    foreach (var measurement in Measurements.All.Where(m => only is null || m.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
    {
        Console.Error.WriteLine($"{provider}: {measurement.Name}…");
        await using (var warm = new AmudduDbContext(options))
        {
            warm.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await measurement.Run(new BenchContext(warm, world, analyst, TimeProvider.System), CancellationToken.None);
        }

        var times = new List<double>();
        long result = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var total = Stopwatch.StartNew();
        while (times.Count < runs && (times.Count < 3 || total.Elapsed < budget))
        {
            await using var db = new AmudduDbContext(options);
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            var watch = Stopwatch.StartNew();
            result = await measurement.Run(new BenchContext(db, world, analyst, TimeProvider.System), CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / times.Count;
        times.Sort();
        var row = Invariant($"| {provider} | {measurement.Name} | {times.Count} | {Percentile(times, 0.50):0} | {Percentile(times, 0.95):0} | {times[^1]:0} | {allocated / 1024.0 / 1024:0.0} MB | {Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024:0} MB | {result:N0} |");
        rows.Add(row);
        Console.Error.WriteLine(row);
    }
}

// A database generated before an index was added to the model gets it here, so that the same data is measured before
// and after a change of indexes (the one Initial migration is regenerated, not added to).
// A database generated under an earlier model lacks the tables added since (the indicators'): made from the model's own
// script. A table of sums whose columns changed since is dropped and made again; it is summed again from its facts (kept)
// by IndicatorSetup. A table of facts whose key changed is made again and its rows copied into it, its other indexes
// gone with the old table. Returns the tables of sums made again.
static async Task<HashSet<string>> EnsureModelTablesAsync(DbContextOptions<AmudduDbContext> options, DatabaseProvider provider)
{
    await using var db = new AmudduDbContext(options);
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(60));
    var sums = IndicatorFacts.Tables.SelectMany(t => t.Sums).Select(s => s.Name).ToHashSet();
    var facts = IndicatorFacts.Tables.Select(t => t.Name).ToHashSet();
    var remade = new HashSet<string>();
    foreach (var statement in db.Database.GenerateCreateScript().Split(";", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                 .Where(s => s.StartsWith("CREATE TABLE", StringComparison.Ordinal)))
    {
        // "CREATE TABLE name (" on PostgreSQL, "CREATE TABLE \"name\" (" on SQLite.
        var name = statement["CREATE TABLE".Length..].TrimStart().Split([' ', '(', '\n'], 2)[0].Trim('"');
        var columns = provider == DatabaseProvider.Sqlite
            ? await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM pragma_table_info({name})").ToListAsync()
            : await db.Database.SqlQuery<string>($"SELECT column_name::text AS \"Value\" FROM information_schema.columns WHERE table_name = {name}").ToListAsync();
        var modelColumns = db.Model.GetEntityTypes().Where(e => e.GetTableName() == name)
            .SelectMany(e => e.GetProperties().Select(p => p.GetColumnName(StoreObjectIdentifier.Table(name, e.GetSchema()))));
        if (columns.Count > 0 && sums.Contains(name) && modelColumns.Any(c => c is not null && !columns.Contains(c)))
        {
            Console.Error.WriteLine($"{provider}: table {name} made again (its columns changed)");
            var drop = $"DROP TABLE {name}";
            await db.Database.ExecuteSqlRawAsync(drop);
            remade.Add(name);
        }
        else if (columns.Count > 0 && facts.Contains(name) && !(await KeyOfAsync(db, provider, name)).SequenceEqual(ModelKey(db, name)))
        {
            Console.Error.WriteLine($"{provider}: table {name} made again with its rows (its key changed)");
            var old = $"{name}_old";
            foreach (var index in provider == DatabaseProvider.Sqlite
                         ? await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = {name} AND sql IS NOT NULL").ToListAsync()
                         : await db.Database.SqlQuery<string>($"SELECT indexname::text AS \"Value\" FROM pg_indexes WHERE tablename = {name}").ToListAsync())
            {
                var dropIndex = provider == DatabaseProvider.Postgres && index.StartsWith("PK_", StringComparison.Ordinal)
                    ? $"ALTER TABLE {name} DROP CONSTRAINT \"{index}\""
                    : $"DROP INDEX \"{index}\"";
                await db.Database.ExecuteSqlRawAsync(dropIndex);
            }

            var rename = $"ALTER TABLE {name} RENAME TO {old}";
            await db.Database.ExecuteSqlRawAsync(rename);
            await db.Database.ExecuteSqlRawAsync(statement);
            var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
            var copy = $"INSERT INTO {name} ({list}) SELECT {list} FROM {old}";
            await db.Database.ExecuteSqlRawAsync(copy);
            var dropOld = $"DROP TABLE {old}";
            await db.Database.ExecuteSqlRawAsync(dropOld);
            continue;
        }
        else if (columns.Count > 0)
        {
            continue;
        }
        else
        {
            Console.Error.WriteLine($"{provider}: table {name}");
        }

        await db.Database.ExecuteSqlRawAsync(statement);
    }

    return remade;
}

static async Task<List<string>> KeyOfAsync(AmudduDbContext db, DatabaseProvider provider, string table) => provider == DatabaseProvider.Sqlite
    ? await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM pragma_table_info({table}) WHERE pk > 0 ORDER BY pk").ToListAsync()
    : await db.Database.SqlQuery<string>($"""
        SELECT a.attname::text AS "Value" FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE t.relname = {table} AND i.indisprimary ORDER BY k.n
        """).ToListAsync();

static List<string> ModelKey(AmudduDbContext db, string table)
{
    var entity = db.Model.GetEntityTypes().First(e => e.GetTableName() == table);
    return [.. entity.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(StoreObjectIdentifier.Table(table, entity.GetSchema()))!)];
}

static async Task EnsureModelIndexesAsync(DbContextOptions<AmudduDbContext> options, DatabaseProvider provider)
{
    await using var db = new AmudduDbContext(options);
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
    foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        foreach (var index in entity.GetIndexes())
        {
            var name = index.GetDatabaseName(table);
            var columns = index.Properties.Select(p => p.GetColumnName(table)).ToList();
            if (name is null || columns.Any(c => c is null))
            {
                continue;
            }

            var exists = provider == DatabaseProvider.Sqlite
                ? await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name = {name}").SingleAsync()
                : await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_indexes WHERE indexname = {name}").SingleAsync();
            if (exists > 0)
            {
                continue;
            }

            var filter = index.GetFilter() is { } where ? " WHERE " + where : "";
            var sql = $"CREATE {(index.IsUnique ? "UNIQUE " : "")}INDEX \"{name}\" ON \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}){filter}";
            Console.Error.WriteLine($"{provider}: {sql}");
            var watch = Stopwatch.StartNew();
            await db.Database.ExecuteSqlRawAsync(sql);
            // PostgreSQL reads an index alone only where the table's visibility map says the rows are visible to all: a
            // production table has it from autovacuum; a table filled just before, not yet.
            var analyze = (provider == DatabaseProvider.Postgres ? "VACUUM ANALYZE \"" : "ANALYZE \"") + table.Name + "\"";
            await db.Database.ExecuteSqlRawAsync(analyze);
            Console.WriteLine(Invariant($"{provider}: index {name} made in {watch.Elapsed.TotalSeconds:0.0} s"));
        }
    }
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int IntOption(string name, int fallback) => Option(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
