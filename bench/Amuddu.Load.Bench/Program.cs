using System.Diagnostics;
using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// A working day of an agency, measured: fills a database with N people and their pathway events (reused if present),
// starts the real web app on it, signs in the virtual staff and times every page. See README.md.
var people = IntOption("--people", 1_000_000);
var eventsPerPerson = IntOption("--events-per-person", 10);
var staffCount = IntOption("--staff", 50);
var duration = TimeSpan.FromSeconds(IntOption("--duration", 60));
var warmup = TimeSpan.FromSeconds(IntOption("--warmup", 20));
var rampDuration = TimeSpan.FromSeconds(IntOption("--ramp-duration", 30));
var ramp = (Option("--ramp") ?? "25,50,100,150,200,300").Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToList();
var rawRuns = IntOption("--raw-runs", 200);
var port = IntOption("--port", 5190);
var engines = (Option("--engines") ?? "sqlite,postgres").Split(',');
var sqlitePath = Option("--sqlite") ?? Path.Combine(Path.GetTempPath(), $"amuddu-load-bench-{people}.db");
var postgres = Option("--pg");
var appDll = Option("--app");
var journal = Option("--sqlite-journal");
var skip = (Option("--skip") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);

Console.WriteLine($"# load benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine($"{people:N0} people, about {eventsPerPerson} pathway events each; {staffCount} virtual staff, one action a second each, {duration.TotalSeconds:0} s measured after {warmup.TotalSeconds:0} s of warm-up");

foreach (var engine in engines)
{
    var provider = engine.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"Unknown engine {engine}."),
    };
    if (provider == DatabaseProvider.Postgres && postgres is null)
    {
        Console.WriteLine("\nPostgreSQL skipped: no --pg connection string given.");
        continue;
    }

    await RunEngineAsync(provider, provider == DatabaseProvider.Sqlite ? $"Data Source={sqlitePath}" : postgres!);
}

async Task RunEngineAsync(DatabaseProvider provider, string connection)
{
    Console.WriteLine($"\n## {provider}\n");
    var fillWatch = Stopwatch.StartNew();
    await using var root = (ServiceProvider)Fill.Services(provider, connection);
    var accounts = await Fill.EnsureAsync(root, provider, people, eventsPerPerson);
    Console.Error.WriteLine($"{provider}: database ready in {fillWatch.Elapsed.TotalSeconds:0} s");
    Sample sample;
    Guid organisation;
    await using (var scope = root.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        organisation = (await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Anapec)).Id;
        var picked = await db.People.AsNoTracking().Where(p => p.OrganisationId == organisation && p.FileNumber.StartsWith("B"))
            .OrderBy(p => EF.Functions.Random()).Take(5000).Select(p => new { p.Id, p.FirstName, p.LastName }).ToListAsync();
        var recipients = accounts.Where(a => a.Role == Roles.PartnerCaseworker).Select(a => a.OrganisationId).Distinct().ToList();
        var referrals = new Dictionary<Guid, Guid[]>();
        foreach (var recipient in recipients)
        {
            referrals[recipient] = [.. await db.Referrals.Where(r => r.RecipientOrganisationId == recipient).OrderBy(r => r.Reference).Take(2000).Select(r => r.Id).ToListAsync()];
        }

        sample = new Sample([.. picked.Select(p => (p.Id, $"{p.FirstName} {p.LastName}"))], referrals);
        // Each authenticator code is taken once per account: a new run starts from a clean slate.
        await db.Users.Where(u => u.Email!.EndsWith("@" + Fill.Domain)).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAuthenticatorStep, (long?)null));
        if (provider == DatabaseProvider.Sqlite && journal is not null)
        {
            // For measuring a build from before the write-ahead log (the mode is kept in the file).
            await db.Database.ExecuteSqlRawAsync(journal.ToLowerInvariant() switch
            {
                "delete" => "PRAGMA journal_mode = DELETE",
                "wal" => "PRAGMA journal_mode = WAL",
                _ => throw new InvalidOperationException("--sqlite-journal is delete or wal."),
            });
        }
    }

    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    if (!skip.Contains("load"))
    {
        await using var app = await AppProcess.StartAsync(provider, connection, appDll, port);
        var staff = Interleaved(accounts).Select((a, i) => new VirtualStaff(a, app.Address, sample, i)).ToList();
        var signIn = Stopwatch.StartNew();
        foreach (var batch in staff.Chunk(8))
        {
            await Task.WhenAll(batch.Select(s => s.SignInAsync()));
        }

        Console.Error.WriteLine($"{provider}: {staff.Count} staff signed in ({signIn.Elapsed.TotalSeconds:0.0} s)");
        var day = staff.Take(staffCount).ToList();
        var roles = string.Join(", ", day.GroupBy(s => s.Account.Role).Select(g => $"{g.Count()} {g.Key}"));

        // The first registration waits for the organisation's duplicate index, built in the background from the whole registry: timed on its own.
        var first = new Recorder();
        var counsellor = staff.First(s => s.Account.Role == Roles.Counsellor);
        await counsellor.RegisterOnceAsync(first);
        await RunAsync(day.Select(s => s.With(new Recorder())).ToList(), TimeSpan.FromSeconds(1), warmup);

        var recorder = new Recorder();
        await RunAsync(day.Select(s => s.With(recorder)).ToList(), TimeSpan.FromSeconds(1), duration);
        Console.WriteLine($"### {provider}: {day.Count} virtual staff ({roles}), one action a second each, {duration.TotalSeconds:0} s\n");
        Console.WriteLine("| page or action | requests | p50 ms | p95 ms | p99 ms | answers |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var line in first.Lines())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| first registration (waits for the duplicate index) | {line.Count} | {line.P50:0} | | | {line.Statuses} |"));
        }

        foreach (var line in recorder.Lines())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {line.Name} | {line.Count} | {line.P50:0.0} | {line.P95:0.0} | {line.P99:0.0} | {line.Statuses} |"));
        }

        var (count, p95) = recorder.Overall();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all** | {count} ({count / duration.TotalSeconds:0.0}/s) | | {p95:0.0} | | |"));

        if (!skip.Contains("ramp"))
        {
            Console.WriteLine($"\n### {provider}: ramp (the mix above, more actions a second, {rampDuration.TotalSeconds:0} s each)\n");
            Console.WriteLine("| asked actions/s | virtual staff | served actions/s | p50 ms | p95 ms | p99 ms | errors |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var level in ramp)
            {
                var vus = Math.Min(level, staff.Count);
                var step = new Recorder();
                await RunAsync(staff.Take(vus).Select(s => s.With(step)).ToList(), TimeSpan.FromSeconds((double)vus / level), rampDuration);
                var times = step.Overall();
                var sorted = step.All();
                var errors = step.Errors();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {level} | {vus} | {times.Count / rampDuration.TotalSeconds:0.0} | {Recorder.Percentile(sorted, 0.5):0.0} | {times.P95:0.0} | {Recorder.Percentile(sorted, 0.99):0.0} | {errors} |"));
                if (times.P95 > 250)
                {
                    Console.WriteLine($"\np95 passes 250 ms at {times.Count / rampDuration.TotalSeconds:0} actions a second served ({level} asked).");
                    break;
                }
            }
        }
    }

    if (!skip.Contains("audit"))
    {
        var counsellor = accounts.First(a => a.Role == Roles.Counsellor);
        await AuditWrites.RunAsync(provider, connection, organisation, counsellor.Id, staffCount, TimeSpan.FromSeconds(20), Console.WriteLine);
    }

    if (!skip.Contains("raw"))
    {
        await RawQueries.RunAsync(provider, connection, organisation, sample, rawRuns, Console.WriteLine);
    }
}

static async Task RunAsync(List<VirtualStaff> staff, TimeSpan interval, TimeSpan length)
{
    using var stop = new CancellationTokenSource(length);
    await Task.WhenAll(staff.Select(s => s.WorkAsync(interval, stop.Token)));
}

// Every role in its share at any size: the first 50 of 100 accounts are half of each role.
static List<BenchAccount> Interleaved(IReadOnlyList<BenchAccount> accounts) =>
    [.. accounts.GroupBy(a => a.Role)
        .SelectMany(g => g.OrderBy(a => a.Email, StringComparer.Ordinal).Select((a, i) => (Account: a, Key: (i + 0.5) / g.Count())))
        .OrderBy(x => x.Key).ThenBy(x => x.Account.Role, StringComparer.Ordinal).Select(x => x.Account)];

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int IntOption(string name, int fallback) => Option(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
