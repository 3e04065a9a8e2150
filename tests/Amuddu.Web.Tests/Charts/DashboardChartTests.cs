using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Referrals.Network;
using Amuddu.Web.Tests.Support;
using Amuddu.Web.Tests.Support.Programmes;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Charts;

/// <summary>Every dashboard draws its figures as an accessible SVG whose table holds the numbers the API gives; Arabic mirrors the bars.</summary>
public sealed class DashboardChartTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The analyst's account may sign in without a second factor (it sees counts only); ask the code only when the app does.</summary>
    private static async Task SignInAsync(AmudduApp app, HttpClient browser, string email)
    {
        var password = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", email), ("Input.Password", Demo.Password));
        if (password.Target().StartsWith("/account/two-factor", StringComparison.Ordinal))
        {
            await browser.SubmitFormAsync(password.Target(), "two-factor", ("Input.Code", Totp.Next(app, email)));
        }
    }

    private static string Count(int value) => value.ToString("N0", English);

    [Fact]
    public async Task The_outreach_funnel_is_drawn_step_by_step_with_the_funnels_figures()
    {
        await using var app = await AmudduApp.StartAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            var anapec = db.Organisations.Single(o => o.Acronym == "ANAPEC").Id;
            var casablanca = db.Sites.Single(s => s.Name == DemoOrganisations.CasablancaAgency).Id;
            var counsellor = db.Users.Single(u => u.Email == Demo.Counsellor).Id;
            var people = await DemoPeople.SeedAsync(db, anapec, [(casablanca, counsellor, "Casablanca", "MA-06")], app.Clock, CancellationToken.None);
            await DemoOutreach.SeedAsync(db, people, app.Clock, CancellationToken.None);
        }

        // The counsellor's agency: the same scope for the API and the page.
        var api = await app.ApiClientAsync(Demo.Counsellor, "en");
        var total = (await api.GetFromJsonAsync<JsonElement>("/api/v1/outreach/funnel")).GetProperty("total");
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var chart = ChartMarkup.Of(await browser.GetStringAsync("/outreach"), "chart-outreach-funnel");

        chart.AssertAccessible();
        Assert.Equal("funnel", (string?)chart.Figure.Attribute("data-chart"));
        Assert.Equal("ltr", chart.Layout);
        string[] steps = ["Reached", "PreRegistered", "Attended", "Registered", "Positioned", "InActionPlan"];
        Assert.Equal(steps, chart.Rows.Select(r => r.Key));
        foreach (var step in steps)
        {
            var value = total.GetProperty(JsonNamingPolicy.CamelCase.ConvertName(step)).GetInt32();
            Assert.Equal(Count(value), chart.Table[step][0]);
            Assert.Equal(value, chart.Rows.Single(r => r.Key == step).Value);
        }

        Assert.True(total.GetProperty("reached").GetInt32() > 0);
        Assert.Contains($"\"Reached\" ({Count(total.GetProperty("reached").GetInt32())})", chart.Description, StringComparison.Ordinal);
        var reached = total.GetProperty("reached").GetInt32();
        var preRegistered = total.GetProperty("preRegistered").GetInt32();
        Assert.Equal(((double)preRegistered / reached).ToString("P0", English), chart.Table["PreRegistered"][1]);
    }

    [Fact]
    public async Task The_programme_dashboard_draws_its_money_and_counts_with_the_dashboards_figures()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, awa) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var programme = await app.SeedProgrammeAsync();
        var approved = await app.SeedApplicationAsync(programme, awa, ApplicationStatus.Approved);
        await app.SeedApplicationAsync(programme, awa, ApplicationStatus.EligibilityChecked);
        await app.SeedApplicationAsync(programme, awa, ApplicationStatus.EligibilityChecked);
        await ProgrammeDashboardTests.PayAsync(app, approved, 1, 2_500_00, PaymentStatus.Paid);
        await app.RefreshStatisticsAsync();
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var d = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme.Id}/dashboard");
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Officer);

        var html = await browser.GetStringAsync($"/programmes/{programme.Id}");

        var money = ChartMarkup.Of(html, "chart-money");
        money.AssertAccessible();
        foreach (var (key, field) in new[] { ("Budget", "budget"), ("Committed", "committed"), ("Paid", "paid"), ("OrderedNotPaid", "orderedNotPaid"), ("Remaining", "remaining") })
        {
            var amount = d.GetProperty("totals").GetProperty(field).GetDecimal();
            Assert.Equal(Money.Format(Money.ToCentimes(amount)!.Value, English), money.Table[key][0]);
            Assert.Equal((double)amount, money.Rows.Single(r => r.Key == key).Value);
        }

        Assert.Equal(2_500m, d.GetProperty("totals").GetProperty("paid").GetDecimal());
        var statuses = ChartMarkup.Of(html, "chart-status");
        statuses.AssertAccessible();
        var byStatus = d.GetProperty("byStatus").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(byStatus.Keys.Order(), statuses.Table.Keys.Order());
        Assert.All(byStatus, s => Assert.Equal(Count(s.Value), statuses.Table[s.Key][0]));
        Assert.Equal(2, byStatus["EligibilityChecked"]);
        Assert.Equal("Applications by status", statuses.Title);
        foreach (var id in new[] { "chart-sex", "chart-nationality", "chart-legal-status", "chart-region" })
        {
            ChartMarkup.Of(html, id).AssertAccessible();
        }
    }

    [Fact]
    public async Task The_network_charts_hold_the_statistics_and_read_right_to_left_in_arabic()
    {
        await using var app = await AmudduApp.StartAsync();
        await NetworkTestData.SeedAsync(app);
        var analyst = await app.ApiClientAsync(Demo.Analyst, "en");
        var s = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/referrals/statistics");
        var english = app.CreateBrowser("en");
        await SignInAsync(app, english, Demo.Analyst);
        var arabic = app.CreateBrowser("ar");
        await SignInAsync(app, arabic, Demo.Analyst);

        var en = await english.GetStringAsync("/referrals/network");
        var ar = await arabic.GetStringAsync("/referrals/network");

        foreach (var (id, list) in new[] { ("chart-statuses", "statuses"), ("chart-decline-reasons", "declineReasons") })
        {
            var chart = ChartMarkup.Of(en, id);
            chart.AssertAccessible();
            var expected = s.GetProperty(list).EnumerateArray().ToDictionary(x => x.GetProperty("code").GetString()!, x => x.GetProperty("count").GetInt32());
            Assert.Equal(expected.Keys, chart.Table.Keys);
            Assert.All(expected, x => Assert.Equal(Count(x.Value), chart.Table[x.Key][0]));
        }

        var services = ChartMarkup.Of(en, "chart-services");
        services.AssertAccessible();
        Assert.All(s.GetProperty("services").EnumerateArray(),
            x => Assert.Equal(Count(x.GetProperty("count").GetInt32()), services.Table[x.GetProperty("offerId").GetGuid().ToString()][0]));
        var pairs = ChartMarkup.Of(en, "chart-pairs");
        pairs.AssertAccessible();
        Assert.Equal(s.GetProperty("pairs").GetArrayLength(), pairs.Table.Count);

        // Left to right in English: labels end at 210, bars start at 218. Right to left in Arabic: the same bars end at 640 - 218.
        var ltr = ChartMarkup.Of(en, "chart-statuses");
        var rtl = ChartMarkup.Of(ar, "chart-statuses");
        rtl.AssertAccessible();
        Assert.Equal(("ltr", "rtl"), (ltr.Layout, rtl.Layout));
        Assert.Equal("rtl", (string?)rtl.Svg.Attribute("data-layout"));
        Assert.Equal(ltr.Rows.Select(r => r.Value), rtl.Rows.Select(r => r.Value));
        Assert.All(ltr.Rows.Where(r => r.X is not null), r => Assert.Equal(218, r.X));
        Assert.All(rtl.Rows.Where(r => r.X is not null), r => Assert.Equal(422, Math.Round(r.X!.Value + r.Width!.Value, 1)));
        Assert.Contains(rtl.Rows, r => r.X is not null && r.X < 400);
        Assert.Equal("end", (string?)ltr.Svg.Descendants().First(e => (string?)e.Attribute("class") == "chart-label").Attribute("text-anchor"));
        Assert.Equal("start", (string?)rtl.Svg.Descendants().First(e => (string?)e.Attribute("class") == "chart-label").Attribute("text-anchor"));
        Assert.Contains("حسب", rtl.Title + rtl.Description + string.Join("", rtl.Table.Keys), StringComparison.Ordinal);
    }
}
