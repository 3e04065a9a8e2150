using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.Notifications.Delivery;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Referrals.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Amuddu.Web.Tests.Platform;

/// <summary>Traces, metrics and logs (docs/observability.md): what they hold, what they never hold, and who may scrape.</summary>
public sealed partial class TelemetryTests
{
    /// <summary>A collector that is never there: enough for tracing to be on, the spans are read from memory.</summary>
    private const string NoCollector = "http://127.0.0.1:9";

    private static Dictionary<string, string?> Exporters(string? otlp = NoCollector, bool prometheus = true) => new()
    {
        ["Amuddu:Telemetry:Otlp:Endpoint"] = otlp,
        ["Amuddu:Telemetry:Prometheus:Enabled"] = prometheus ? "true" : "false",
    };

    [Fact]
    public async Task A_journey_leaves_traces_metrics_and_log_lines_with_the_trace_and_none_of_the_persons_data()
    {
        var capture = new TelemetryCapture();
        await using var app = await AmudduApp.StartAsync(Exporters());
        app.TestServices = capture.AddTo;
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var site = await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.SiteId!.Value).SingleAsync());

        // Canary values: none of them may leave the app but through its answers to the counsellor.
        string[] canaries = ["Zzcanaryfirst", "Zzcanarylast", "661234987", "zzcanary.mail", "ZZCANARY77"];
        var person = new
        {
            firstName = "Zzcanaryfirst", lastName = "Zzcanarylast", sex = "Female", dateOfBirth = "1993-04-21", nationalityCode = "SN",
            languages = new[] { "fr", "wo" }, phone = "06 61 23 49 87", email = "zzcanary.mail@example.org",
            regionCode = "MA-04", city = "Rabat", heardFrom = "FriendOrFamily", siteId = site,
        };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/people/duplicate-check", person)).StatusCode);
        var created = await client.PostAsJsonAsync("/api/v1/people", new { person });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var personId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await client.GiveProcessingConsentAsync(personId, app.Today);
        // The next check reads the new registration into the index: now the person is a candidate.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/people/duplicate-check", person)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/people/{personId}/documents", new
        {
            typeCode = "PASSPORT", number = "ZZCANARY77", issuingAuthority = "SN", issuedOn = app.Today.AddYears(-2), expiresOn = app.Today.AddYears(3),
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/people/{personId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/people?query=Zzcanarylast")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/people?query=0661234987")).StatusCode);

        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/people/{personId}")).StatusCode);
        // A sign-in with the person's address as the account: refused, counted, and the address is nowhere.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().LoginAsync("zzcanary.mail@example.org", "wrong", null)).StatusCode);

        await app.SeedDemoCatalogueAsync();
        var (offerId, entraideId) = await app.QueryAsync(async db =>
        {
            var entraide = await db.Organisations.SingleAsync(o => o.Name == SendingTestData.Entraide);
            return ((await db.Offers.SingleAsync(o => o.OrganisationId == entraide.Id && o.OccupationCode == "OCC-TAILOR")).Id, entraide.Id);
        });
        var referral = new SendingCase(client, personId, offerId, entraideId);
        await app.ShareAsync(referral, []);
        var body = SendingTestData.Body(referral, send: true);
        body["urgency"] = "Urgent";
        await referral.CreateAsync(body);

        // The outbox holds the partner's notice: the backlog the scrape reads is the database's.
        var scrape = await TelemetryCapture.ScrapeAsync(app, IPAddress.Loopback);
        Assert.Equal(200, scrape.Status);
        var now = app.Clock.GetUtcNow();
        var due = await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending && m.DueAt <= now));
        Assert.True(due >= 1);
        Assert.Equal((double)due, TelemetryCapture.Value(scrape.Body, "amuddu_outbox_backlog"));

        // Three days on, the urgent referral is overdue: the gauge reads the statistics' sums once they are refreshed.
        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.RefreshStatisticsAsync();
        var overdue = await app.QueryAsync(db => db.Referrals.CountAsync(Referral.OverdueOn(app.Today)));
        Assert.True(overdue >= 1);
        var later = await TelemetryCapture.ScrapeAsync(app, IPAddress.Loopback);
        Assert.Equal((double)overdue, TelemetryCapture.Value(later.Body, "amuddu_referrals_overdue"));

        // A pass of the delivery worker: its span, and its log lines carrying that span's trace.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AmudduMetrics>().WorkerPassAsync(nameof(OutboxWorker),
                async () => (await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None)).Claimed);
        }

        // False here: the OTLP reader's export has no collector to go to; the in-memory reader has what was measured.
        app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);
        var spans = await SpansAsync(capture, s => s.DisplayName == $"GET /people/{{Id:guid}}");
        var metrics = capture.Metrics.Snapshot();

        // None of the person's data, nor their id, in any span, metric or scrape; none of their data in any log line.
        var id = personId.ToString();
        foreach (var text in spans.SelectMany(TelemetryCapture.TextOf).Concat(metrics.SelectMany(TelemetryCapture.TextOf)).Append(scrape.Body).Append(later.Body))
        {
            Assert.DoesNotContain(id, text, StringComparison.OrdinalIgnoreCase);
            foreach (var canary in canaries)
            {
                Assert.DoesNotContain(canary, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        var lines = capture.LogLines.ToArray();
        foreach (var canary in canaries)
        {
            Assert.DoesNotContain(lines, l => l.Contains(canary, StringComparison.OrdinalIgnoreCase));
        }

        // Server spans named by their route's template; the database's spans (EF Core's on SQLite, Npgsql's on PostgreSQL); the app's own.
        var server = spans.Where(s => s.Kind == ActivityKind.Server).ToList();
        Assert.Contains(server, s => s.DisplayName == "GET /api/v1/people/{id:guid}" && (string?)s.GetTagItem("http.route") == "/api/v1/people/{id:guid}");
        Assert.Contains(server, s => s.DisplayName == "POST /api/v1/people/{personId:guid}/documents");
        Assert.DoesNotContain(server, s => s.GetTagItem("url.path") is not null || s.GetTagItem("url.query") is not null);
        var databaseSource = app.Database.Provider == DatabaseProvider.Postgres ? "Npgsql" : "OpenTelemetry.Instrumentation.EntityFrameworkCore";
        var database = spans.Where(s => s.Source.Name == databaseSource).ToList();
        Assert.NotEmpty(database);
        Assert.Contains(database, s => s.TagObjects.Any(t => t.Key is "db.query.text" or "db.statement" && t.Value is string sql && sql.Contains("SELECT", StringComparison.Ordinal)));
        Assert.Contains(spans, s => s.Source.Name == AmudduMetrics.Name && s.DisplayName == "duplicate check");
        var pass = Assert.Single(spans, s => s.Source.Name == AmudduMetrics.Name && s.DisplayName == nameof(OutboxWorker));
        Assert.Contains(lines, l => l.Contains("written to", StringComparison.Ordinal) && l.Contains($"trace_id={pass.TraceId}", StringComparison.Ordinal));

        // The app's metrics and ASP.NET Core's by route.
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration"
            && m.MetricPoints.Any(p => TelemetryCapture.Tag(p, "http.route") == "/api/v1/people/{id:guid}"));
        Assert.Contains(metrics, m => m.Name == "amuddu.duplicates.check.duration" && m.MetricPoints.Sum(p => p.GetHistogramCount()) >= 3);
        Assert.Contains(metrics, m => m.Name == "amuddu.sign_in.failures" && m.MetricPoints.Sum(p => p.GetSumLong()) >= 1);
        Assert.Contains(metrics, m => m.Name == "amuddu.worker.pass.duration"
            && m.MetricPoints.Any(p => TelemetryCapture.Tag(p, "amuddu.worker") == nameof(OutboxWorker)));
        Assert.Contains(metrics, m => m.Name == "amuddu.duplicates.index.size" && m.MetricPoints.Any(p => p.GetGaugeLastValueLong() >= 1));
    }

    /// <summary>The finished spans, once the one the test waits for has ended (the server ends its span after the answer).</summary>
    private static async Task<Activity[]> SpansAsync(TelemetryCapture capture, Func<Activity, bool> last)
    {
        var waited = Stopwatch.StartNew();
        while (!capture.Spans.Snapshot().Any(last) && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        return capture.Spans.Snapshot();
    }

    [Fact]
    public async Task The_scrape_endpoint_answers_loopback_and_the_allowed_addresses_and_is_not_found_through_the_proxy_or_from_elsewhere()
    {
        await using var app = await AmudduApp.StartAsync(Exporters(otlp: null));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/live")).StatusCode);

        var (status, body) = await TelemetryCapture.ScrapeAsync(app, IPAddress.Loopback);
        Assert.Equal(200, status);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", body, StringComparison.Ordinal);
        Assert.Contains("# TYPE amuddu_outbox_backlog gauge", body, StringComparison.Ordinal);
        Assert.Equal(200, (await TelemetryCapture.ScrapeAsync(app, IPAddress.IPv6Loopback)).Status);

        // nginx on the same machine passes X-Forwarded-For: whatever address it names, through the proxy it is not found.
        Assert.Equal(404, (await TelemetryCapture.ScrapeAsync(app, IPAddress.Loopback, ("X-Forwarded-For", "127.0.0.1"))).Status);
        Assert.Equal(404, (await TelemetryCapture.ScrapeAsync(app, IPAddress.Loopback, ("X-Forwarded-For", "203.0.113.9"))).Status);
        Assert.Equal(404, (await TelemetryCapture.ScrapeAsync(app, IPAddress.Parse("192.0.2.10"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/metrics")).StatusCode);

        await using var allowing = await AmudduApp.StartAsync(new Dictionary<string, string?>(Exporters(otlp: null))
        {
            ["Amuddu:Telemetry:Prometheus:AllowedAddresses:0"] = "192.0.2.0/24",
        });
        Assert.Equal(200, (await TelemetryCapture.ScrapeAsync(allowing, IPAddress.Parse("192.0.2.10"))).Status);
        Assert.Equal(404, (await TelemetryCapture.ScrapeAsync(allowing, IPAddress.Loopback)).Status);
    }

    [Fact]
    public async Task Otlp_exports_to_the_configured_collector_and_without_an_exporter_no_provider_runs()
    {
        using var collector = new HttpListener();
        var port = FreePort();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        await using (var app = await AmudduApp.StartAsync(new Dictionary<string, string?>
        {
            ["Amuddu:Telemetry:Otlp:Endpoint"] = $"http://127.0.0.1:{port}",
            ["Amuddu:Telemetry:Otlp:Protocol"] = "http/protobuf",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/account/sign-in")).StatusCode);
            var received = ReceiveAsync(collector, "/v1/traces");
            // Flushed on a thread of its own: the exporter waits for the collector's answer, which this test gives.
            var flushed = Task.Run(() => app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
            var (path, contentType) = await received.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal("/v1/traces", path);
            Assert.Equal("application/x-protobuf", contentType);
            Assert.True(await flushed);
            // With OTLP only, there is no scrape endpoint.
            Assert.Equal(404, (await TelemetryCapture.ScrapeAsync(app, IPAddress.Loopback)).Status);
        }

        await using var quiet = await AmudduApp.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await quiet.CreateClient().GetAsync("/health/live")).StatusCode);
        Assert.Null(quiet.Services.GetService<TracerProvider>());
        Assert.Null(quiet.Services.GetService<MeterProvider>());
        Assert.Equal(404, (await TelemetryCapture.ScrapeAsync(quiet, IPAddress.Loopback)).Status);
    }

    [Fact]
    public async Task Every_metric_the_Grafana_dashboard_reads_is_one_the_app_exports()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Amuddu.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Amuddu.slnx not found above the test folder.");
        }

        using var dashboard = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(root, "deploy", "grafana", "amuddu.json")));
        var variables = dashboard.RootElement.GetProperty("templating").GetProperty("list").EnumerateArray().ToList();
        Assert.Contains(variables, v => v.GetProperty("name").GetString() == "datasource" && v.GetProperty("type").GetString() == "datasource"
            && v.GetProperty("query").GetString() == "prometheus");
        var panels = dashboard.RootElement.GetProperty("panels").EnumerateArray().ToList();
        Assert.True(panels.Count >= 8);
        var read = new Dictionary<string, List<string>>();
        foreach (var panel in panels)
        {
            var title = panel.GetProperty("title").GetString()!;
            Assert.Equal("${datasource}", panel.GetProperty("datasource").GetProperty("uid").GetString());
            // Every metric is written with its selector (the job's, at least): a name followed by '{'.
            var names = panel.GetProperty("targets").EnumerateArray()
                .SelectMany(t => MetricNames().Matches(t.GetProperty("expr").GetString()!).Select(m => m.Groups["name"].Value)).ToList();
            Assert.True(names.Count > 0, $"{title}: no metric");
            read[title] = names;
        }

        // An app that has done a little of everything the panels show: requests, a refused sign-in and a lockout, a duplicate check.
        await using var app = await AmudduApp.StartAsync(Exporters(otlp: null));
        await app.RegisterSomeoneAsync("Amina", "Sow", "SN");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await app.CreateClient().LoginAsync(Demo.Analyst, "not the password", null);
        }

        Assert.Single(await app.AuditAsync(Web.Features.Audit.AuditActions.SignInLockedOut));
        var exported = new HashSet<string>();
        var scrape = "";
        var waited = Stopwatch.StartNew();
        // The duplicate index's warm-up is a worker pass of its own, run in the background once the app has started.
        while (!exported.Contains("amuddu_worker_pass_duration_seconds") && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            (var status, scrape) = await TelemetryCapture.ScrapeAsync(app, IPAddress.Loopback);
            Assert.Equal(200, status);
            exported = TelemetryCapture.Families(scrape);
            await Task.Delay(100);
        }

        if (app.Database.Provider == DatabaseProvider.Postgres)
        {
            // The pool panel splits Npgsql's connections by this label.
            Assert.Matches("(?m)^db_client_connection_count\\{[^}]*db_client_connection_state=\"idle\"", scrape);
        }

        // Npgsql's pool exists only on PostgreSQL; on SQLite its panel shows EF Core's contexts alone.
        var postgresOnly = app.Database.Provider == DatabaseProvider.Sqlite ? new[] { "db_client_connection_count", "db_client_connection_max" } : [];
        foreach (var (title, names) in read)
        {
            foreach (var name in names.Select(n => Family(n, exported)).Where(n => !postgresOnly.Contains(n)))
            {
                Assert.True(exported.Contains(name), $"Panel '{title}' reads {name}, which the app does not export. It exports: {string.Join(", ", exported.Order())}");
            }
        }
    }

    /// <summary>A histogram's series (_bucket, _count, _sum) belong to the family its # TYPE line names.</summary>
    private static string Family(string name, HashSet<string> exported) =>
        new[] { "_bucket", "_count", "_sum" }.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal) && exported.Contains(name[..^s.Length])) is { } suffix
            ? name[..^suffix.Length]
            : name;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)\{")]
    private static partial System.Text.RegularExpressions.Regex MetricNames();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Answers the exporter's requests until one comes to <paramref name="signalPath"/>.</summary>
    private static async Task<(string Path, string? ContentType)> ReceiveAsync(HttpListener collector, string signalPath)
    {
        while (true)
        {
            var context = await collector.GetContextAsync();
            var path = context.Request.Url!.AbsolutePath;
            var contentType = context.Request.ContentType;
            context.Response.StatusCode = 200;
            context.Response.Close();
            if (path == signalPath)
            {
                return (path, contentType);
            }
        }
    }
}
