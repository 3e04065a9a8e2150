using Amuddu.Web.Data;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// With a replica configured (ConnectionStrings:AmudduReplica), every statistics page, export and API reads its sums
/// there, and writes nothing there. The replica stands in as the same database on a read-only connection (SQLite's
/// Mode=ReadOnly, PostgreSQL's read-only transactions), which refuses a write as a hot standby does.
/// </summary>
public sealed class StatisticsReplicaTests
{
    private static readonly string[] Sums = ["funnel_cells", "network_cells", "network_facts", "programme_cells", "indicator_cells", "indicator_totals"];

    /// <summary>Whether the command went through the replica's (read-only) connection.</summary>
    private static bool OnReplica(QueryPlans.Command command) =>
        command.Connection.Contains("ReadOnly", StringComparison.OrdinalIgnoreCase)
        || command.Connection.Contains("default_transaction_read_only", StringComparison.OrdinalIgnoreCase);

    [Fact]
    public async Task Every_statistics_page_export_and_api_reads_its_sums_from_the_replica_and_writes_its_audit_to_the_primary()
    {
        var settings = new Dictionary<string, string?>();
        var connections = new QueryPlans.CommandCapture();
        await using var app = await AmudduApp.StartAsync(settings);
        settings["ConnectionStrings:AmudduReplica"] = app.Database.Provider == DatabaseProvider.Sqlite
            ? $"{app.Database.ConnectionString};Mode=ReadOnly"
            : $"{app.Database.ConnectionString};Options=-c default_transaction_read_only=on";
        app.TestServices = services => services.AddSingleton<IInterceptor>(connections);
        var (_, awa) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var programme = await app.SeedProgrammeAsync(ProgrammeKind.TrainingGrant);
        await app.SeedApplicationAsync(programme, awa, ApplicationStatus.Approved);
        var (_, indicator) = await Indicators.IndicatorsApiTests.SeedAsync(app);
        await app.RefreshStatisticsAsync();
        var analyst = app.CreateBrowser("fr");
        // The analyst sees figures only: no second factor.
        var signedIn = await analyst.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.Analyst), ("Input.Password", Demo.Password));
        Assert.Equal("/home", signedIn.Target());
        var officer = app.CreateBrowser("fr");
        await app.WebSignInAsync(officer, Demo.Officer);

        // What the statistics refresh wrote on the primary is behind us: the pages' reads only.
        connections.Clear();
        foreach (var (client, path) in new[]
                 {
                     (analyst, "/indicators/funnel"), (analyst, "/referrals/network"), (analyst, "/referrals/network/export.csv"),
                     (analyst, $"/indicators?indicator={indicator}&rows=AgeBand"), (analyst, "/indicators/report"),
                     (analyst, $"/indicators/export.xlsx?indicator={indicator}&rows=Nationality"), (analyst, "/indicators/export.csv"), (analyst, "/indicators/iati.xml"),
                     (officer, $"/programmes/{programme.Id}"), (officer, $"/programmes/{programme.Id}/dashboard.csv"),
                 })
        {
            var answer = await client.GetAsync(path);
            Assert.True(answer.IsSuccessStatusCode, $"{path}: {answer.StatusCode}");
        }

        var api = await app.ApiClientAsync(Demo.Analyst);
        foreach (var path in new[] { "/api/v1/outreach/funnel", "/api/v1/referrals/statistics", "/api/v1/indicators", $"/api/v1/indicators/export.csv?indicator={indicator}&rows=Sex" })
        {
            var answer = await api.GetAsync(path);
            Assert.True(answer.IsSuccessStatusCode, $"{path}: {answer.StatusCode}");
        }

        var programmeApi = await app.ApiClientAsync(Demo.Officer);
        Assert.True((await programmeApi.GetAsync($"/api/v1/programmes/{programme.Id}/dashboard")).IsSuccessStatusCode);

        var reads = connections.Captured.Where(c => Sums.Any(table => QueryPlans.Reads(c.Sql, table))).ToList();
        // (The network's medians read network_facts only when a referral was answered: none here.)
        Assert.All(Sums.Where(t => t != "network_facts"), table => Assert.Contains(reads, c => QueryPlans.Reads(c.Sql, table)));
        Assert.All(reads, c => Assert.True(OnReplica(c), c.Sql));
        // The exports' audit entries went to the primary, through the request's own context.
        Assert.Equal(4, await app.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == ExportIndicators.Exported)));
    }

    [Fact]
    public async Task Without_a_replica_the_statistics_read_the_primary()
    {
        await using var app = await AmudduApp.StartAsync();
        await using var scope = app.Services.CreateAsyncScope();

        var statistics = scope.ServiceProvider.GetRequiredService<StatisticsReads>();

        Assert.Same(scope.ServiceProvider.GetRequiredService<AmudduDbContext>(), statistics.Db);
    }
}
