using System.Diagnostics;
using System.Globalization;
using Amuddu.Matching;
using Amuddu.Web;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Matching;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

// Matching benchmark: top 50 people for a vacancy among N positioned people, and top 20 vacancies for a person among M
// open vacancies, through the code behind /api/v1/matches (MatchPeople.LoadAsync, MatchVacancies.LoadAsync), on SQLite
// and, given --pg, on PostgreSQL; and the ranking quality (nDCG@10) beside a title-keyword baseline. See README.md.
var people = IntOption("--people", 1_000_000);
var vacancies = IntOption("--vacancies", 100_000);
var queries = IntOption("--queries", 200);
var qualityPeople = IntOption("--quality-people", 20_000);
var qualityVacancies = IntOption("--quality-vacancies", 300);
var postgres = Option("--pg");
var skipSqlite = args.Contains("--skip-sqlite");
var esco = Option("--esco") ?? FindEsco();
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var world = new World(esco, seed: 16);

Console.WriteLine($"# matching benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
Console.WriteLine($"{people:N0} positioned people, {vacancies:N0} open vacancies, {world.Occupations.Count:N0} ESCO occupations; {queries} queries of each kind\n");

var (engine, keywords, chance) = Quality.NdcgAt10(world, qualityPeople, qualityVacancies, today);
Console.WriteLine($"ranking quality on {qualityPeople:N0} generated people and {qualityVacancies} vacancies (true fit known): nDCG@10");
Console.WriteLine("| ranking | nDCG@10 |\n|---|---:|");
Console.WriteLine(World.Invariant($"| Amuddu.Matching | {engine:0.000} |\n| keyword baseline (title words only) | {keywords:0.000} |\n| random order | {chance:0.000} |\n"));

Console.WriteLine("| engine | query | p50 ms | p95 ms | p99 ms | mean results | allocated per query | working set after | GC heap after |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
if (!skipSqlite)
{
    var sqlitePath = Path.Combine(Path.GetTempPath(), $"amuddu-match-bench-{people}-{vacancies}.db");
    await RunAsync(DatabaseProvider.Sqlite, $"Data Source={sqlitePath}");
}

if (postgres is not null)
{
    await RunAsync(DatabaseProvider.Postgres, postgres);
}
else
{
    Console.WriteLine("\nPostgreSQL skipped: no --pg connection string given.");
}

async Task RunAsync(DatabaseProvider provider, string connection)
{
    var builder = new DbContextOptionsBuilder<AmudduDbContext>().UseAmudduDatabase(provider, connection);
    var options = builder.Options;
    Console.Error.WriteLine($"{provider}: loading");
    var organisationId = await Loader.EnsureAsync(options, world, people, vacancies, today);
    var staff = new BenchStaff(organisationId);
    var cache = new MemoryCache(new MemoryCacheOptions());
    var texts = new KeyTexts();
    List<Guid> vacancyIds, personIds;
    await using (var db = new AmudduDbContext(options))
    {
        var random = new Random(99);
        var allVacancies = await db.Vacancies.Where(v => v.OrganisationId == organisationId).Select(v => v.Id).ToListAsync();
        vacancyIds = [.. Enumerable.Range(0, queries).Select(_ => allVacancies[random.Next(allVacancies.Count)])];
        var step = Math.Max(1, people / queries);
        personIds = await db.MatchProfiles.Where(p => p.OrganisationId == organisationId && p.RightToWorkUntil != null)
            .OrderBy(p => p.PersonId).Select(p => p.PersonId).Take(queries * 50).ToListAsync();
        personIds = [.. Enumerable.Range(0, queries).Select(_ => personIds[random.Next(personIds.Count)])];
    }

    await MeasureAsync(provider, "top 50 people for a vacancy", vacancyIds, async (db, id) =>
        (await MatchPeople.LoadAsync(db, staff, cache, TimeProvider.System, texts, id, 50, CancellationToken.None))!.People.Count);
    await MeasureAsync(provider, "top 20 vacancies for a person", personIds, async (db, id) =>
        (await MatchVacancies.LoadAsync(db, staff, cache, TimeProvider.System, texts, id, 20, CancellationToken.None))!.Vacancies.Count);

    async Task MeasureAsync(DatabaseProvider engine, string what, List<Guid> ids, Func<AmudduDbContext, Guid, Task<int>> query)
    {
        // Warm-up: the first queries load the taxonomy and open the connections.
        foreach (var id in ids.Take(10))
        {
            await using var warm = new AmudduDbContext(options);
            await query(warm, id);
        }

        var times = new List<double>(ids.Count);
        long results = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var id in ids)
        {
            // A context per request, as the web does.
            await using var db = new AmudduDbContext(options);
            var watch = Stopwatch.StartNew();
            results += await query(db, id);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / ids.Count;
        times.Sort();
        var process = Process.GetCurrentProcess();
        Console.WriteLine(World.Invariant(
            $"| {engine} | {what} | {Percentile(times, 0.50):0.0} | {Percentile(times, 0.95):0.0} | {Percentile(times, 0.99):0.0} | {(double)results / ids.Count:0.0} | {allocated / 1024.0 / 1024:0.0} MB | {process.WorkingSet64 / 1024.0 / 1024:0} MB | {GC.GetGCMemoryInfo().HeapSizeBytes / 1024.0 / 1024:0} MB |"));
    }
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static string FindEsco()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        var candidate = Path.Combine(directory.FullName, "..", "shared", "data", "esco", "occupations_en.csv");
        if (File.Exists(Path.Combine(directory.FullName, "Amuddu.slnx")) && File.Exists(candidate))
        {
            return Path.GetFullPath(candidate);
        }
    }

    throw new FileNotFoundException("ESCO occupations_en.csv not found: give --esco PATH.");
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int IntOption(string name, int fallback) => Option(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

internal sealed class BenchStaff(Guid organisationId) : ICurrentStaff
{
    public Guid? UserId => null;
    public Guid? OrganisationId => organisationId;
    public Guid? SiteId => null;
    public bool IsInRole(string role) => role == Roles.Counsellor;
}

/// <summary>The reasons' texts are built as in the app, from their keys (the resources are the app's, not needed here).</summary>
internal sealed class KeyTexts : IStringLocalizer<SharedResource>
{
    public LocalizedString this[string name] => new(name, name);
    public LocalizedString this[string name, params object[] arguments] => new(name, name + " " + string.Join(", ", arguments));
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
