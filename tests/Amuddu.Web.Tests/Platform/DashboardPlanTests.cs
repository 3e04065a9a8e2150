using Amuddu.Web.Data;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Indicators;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Referrals.Network;
using Amuddu.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

using static Amuddu.Web.Tests.Platform.QueryPlans;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// What keeps the three dashboards under a second over a million referrals and pre-registrations (issue 17,
/// bench/Amuddu.Reporting.Bench): the funnel reads its sums kept by the indicator refresh; the others read their period
/// once, on an index that holds what they read, and no row comes back to be counted in memory. Timings belong to the benchmark; these check the commands and the plans.
/// </summary>
public sealed class DashboardPlanTests
{
    [Fact]
    public async Task The_network_statistics_read_their_sums_in_one_grouped_pass_and_each_middle_duration_on_its_index_and_no_referral()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        await NetworkTestData.SeedAsync(app);
        var analyst = await app.ApiClientAsync(Demo.Analyst, "en");
        commands.Clear();

        (await analyst.GetAsync("/api/v1/referrals/statistics")).EnsureSuccessStatusCode();

        Assert.DoesNotContain(commands.Captured, c => Reads(c.Sql, "referrals"));
        var sums = Assert.Single(commands.Captured, c => Reads(c.Sql, "network_cells"));
        Assert.Contains("GROUP BY", sums.Sql, StringComparison.Ordinal);
        var middles = commands.Captured.Where(c => Reads(c.Sql, "network_facts")).ToList();
        Assert.Equal(2, middles.Count);
        var plans = new List<string>();
        foreach (var read in middles)
        {
            plans.Add(await app.QueryAsync(db => PlanAsync(db, read.Replay(db))));
        }

        // Walked in the duration's order on its index: no sort, whatever the period holds.
        if (app.Database.Provider == DatabaseProvider.Sqlite)
        {
            Assert.Contains(plans, p => p.Contains("USING COVERING INDEX IX_network_facts_Accepted_AcceptMilliseconds_Day_OrganisationId_RecipientOrganisationId (Accepted=?)", StringComparison.Ordinal));
            Assert.Contains(plans, p => p.Contains("USING COVERING INDEX IX_network_facts_Completed_CompleteMilliseconds_Day_OrganisationId_RecipientOrganisationId (Completed=?)", StringComparison.Ordinal));
            Assert.DoesNotContain(plans, p => p.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(plans, p => p.Contains("IX_network_facts_Accepted_AcceptMilliseconds", StringComparison.Ordinal));
            Assert.DoesNotContain(plans, p => p.Contains("Sort", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_funnel_reads_its_sums_per_month_on_their_key_and_no_pre_registration()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        var analyst = await app.ApiClientAsync(Demo.Analyst);
        await app.RefreshStatisticsAsync();
        var thisMonth = GetFunnel.FirstOfMonth(SiteTime.Today(app.Clock));
        commands.Clear();

        (await analyst.GetAsync($"/api/v1/outreach/funnel?from={GetFunnel.Format(thisMonth.AddMonths(-23))}&to={GetFunnel.Format(thisMonth)}")).EnsureSuccessStatusCode();

        Assert.DoesNotContain(commands.Captured, c => Reads(c.Sql, "pre_registrations"));
        var read = Assert.Single(commands.Captured, c => Reads(c.Sql, "funnel_cells"));
        var plan = await app.QueryAsync(db => PlanAsync(db, read.Replay(db)));
        Assert.Contains(app.Database.Provider == DatabaseProvider.Sqlite ? "sqlite_autoindex_funnel_cells_1 (OrganisationId=? AND Month>? AND Month<?)" : "PK_funnel_cells",
            plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_programme_dashboard_reads_its_sums_on_the_programmes_index_and_no_application_person_or_document()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        var (_, awa) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var programme = await app.SeedProgrammeAsync(ProgrammeKind.TrainingGrant);
        await app.SeedApplicationAsync(programme, awa, ApplicationStatus.Approved);
        await app.RefreshStatisticsAsync();
        var officer = await app.ApiClientAsync(Demo.Officer);
        commands.Clear();

        (await officer.GetAsync($"/api/v1/programmes/{programme.Id}/dashboard")).EnsureSuccessStatusCode();

        Assert.DoesNotContain(commands.Captured, c => Reads(c.Sql, "identity_documents") || Reads(c.Sql, "people"));
        var read = Assert.Single(commands.Captured, c => Reads(c.Sql, "programme_cells"));
        var plan = await app.QueryAsync(db => PlanAsync(db, read.Replay(db)));
        Assert.Contains("IX_programme_cells_ProgrammeId_Status", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_reads_takes_out_and_deletes_its_subjects_facts_on_the_key_led_by_the_subject()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        await app.RefreshStatisticsAsync();
        await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        commands.Clear();

        await app.RefreshStatisticsAsync();

        // Each slice of subjects: its facts read from the areas' tables, then taken out of the sums and deleted.
        var slices = commands.Captured.Where(c => Reads(c.Sql, "indicator_facts") || c.Sql.StartsWith("DELETE FROM indicator_facts", StringComparison.Ordinal)).ToList();
        Assert.Contains(slices, c => c.Sql.StartsWith("DELETE", StringComparison.Ordinal));
        Assert.Contains(slices, c => c.Sql.Contains("ON CONFLICT", StringComparison.Ordinal));
        foreach (var slice in slices)
        {
            var plan = await app.QueryAsync(db => PlanAsync(db, slice.Replay(db)));
            if (app.Database.Provider == DatabaseProvider.Sqlite)
            {
                Assert.Contains("indicator_facts USING INDEX sqlite_autoindex_indicator_facts_1 (OrganisationId=? AND Subject=?)", plan, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("PK_indicator_facts", plan, StringComparison.Ordinal);
                Assert.DoesNotContain("Seq Scan on indicator_facts", plan, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_IATI_export_and_breakdowns_by_sex_region_or_agency_read_the_totals_and_no_cell()
    {
        var commands = new CommandCapture();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(commands);
        var (data, registered) = await IndicatorsApiTests.SeedAsync(app);
        var indicators = await app.QueryAsync(db => db.Indicators.CountAsync(i => i.OrganisationId == data.OrganisationId));
        using var analyst = await app.ApiClientAsync(Demo.Analyst, "fr");
        var view = $"/api/v1/indicators?from=2025-Q1&to=2025-Q2&indicator={registered}&quarter=2025-Q1";
        commands.Clear();

        (await analyst.GetAsync("/api/v1/indicators/iati.xml?from=2025-Q1&to=2025-Q2")).EnsureSuccessStatusCode();
        (await analyst.GetAsync($"{view}&rows=Sex&columns=Agency")).EnsureSuccessStatusCode();
        (await analyst.GetAsync($"{view}&rows=Region&columns=Sex")).EnsureSuccessStatusCode();

        Assert.DoesNotContain(commands.Captured, c => Reads(c.Sql, "indicator_cells"));
        // The export's view and each indicator's breakdown by sex; each page's view and its breakdown.
        Assert.True(commands.Captured.Count(c => Reads(c.Sql, "indicator_totals")) >= 1 + indicators + 2 * 2);

        // An age band (or a nationality, a legal status) is only in the cells.
        commands.Clear();
        (await analyst.GetAsync($"{view}&rows=AgeBand&columns=Sex")).EnsureSuccessStatusCode();
        Assert.Single(commands.Captured, c => Reads(c.Sql, "indicator_cells"));
    }
}
