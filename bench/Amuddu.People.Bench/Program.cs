using System.Diagnostics;
using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Amuddu.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

// Measures the people search of the product (SearchPeople, the code behind /people and GET /api/v1/people)
// on a registry of N people, on SQLite and, given --pg, on PostgreSQL. See README.md.
var size = IntOption("--size", 1_000_000);
var queries = IntOption("--queries", 1000);
var postgres = Option("--pg");
Console.WriteLine($"# people search benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine($"registry of {size:N0} people, {queries:N0} searches of each kind\n");
Console.WriteLine("| engine | search | p50 ms | p95 ms | p99 ms | mean hits |");
Console.WriteLine("|---|---|---:|---:|---:|---:|");

var sqlitePath = Path.Combine(Path.GetTempPath(), $"amuddu-people-bench-{size}.db");
await RunAsync(DatabaseProvider.Sqlite, $"Data Source={sqlitePath}");
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
    if (Environment.GetEnvironmentVariable("BENCH_SQL") is not null)
    {
        builder.LogTo(Console.Error.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
    }

    var options = builder.Options;
    var organisationId = await RegistryLoader.EnsureAsync(options, provider, size);
    var staff = new BenchStaff(organisationId);
    var protector = new FieldProtector(Options.Create(new EncryptionOptions { Key = Convert.ToBase64String(new byte[32]) }));
    var samples = await RegistryLoader.SamplesAsync(options, queries);
    var texts = new KeyTexts();
    foreach (var (kind, searches) in samples)
    {
        var times = new List<double>(searches.Count);
        long hits = 0;
        await using var db = new AmudduDbContext(options);
        foreach (var search in searches.Take(20))
        {
            await SearchAsync(db, search);
        }

        foreach (var search in searches)
        {
            var watch = Stopwatch.StartNew();
            var page = await SearchAsync(db, search);
            times.Add(watch.Elapsed.TotalMilliseconds);
            hits += page.Items.Count;
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | {kind} | {Percentile(times, 0.50):0.0} | {Percentile(times, 0.95):0.0} | {Percentile(times, 0.99):0.0} | {(double)hits / searches.Count:0.0} |"));
    }

    async Task<SearchPeople.Page> SearchAsync(AmudduDbContext db, SearchPeople.Filters search) =>
        (await SearchPeople.Handle(search, db, staff, protector, TimeProvider.System, texts, CancellationToken.None)).Result is Ok<SearchPeople.Page> ok
            ? ok.Value!
            : throw new InvalidOperationException($"search refused: {search}");
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

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

/// <summary>Error texts are never shown here: the key is enough.</summary>
internal sealed class KeyTexts : IStringLocalizer<SharedResource>
{
    public LocalizedString this[string name] => new(name, name);
    public LocalizedString this[string name, params object[] arguments] => new(name, name);
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
