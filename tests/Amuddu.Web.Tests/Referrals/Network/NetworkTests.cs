using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Features.Referrals.Network;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Referrals.Network;

public sealed class NetworkTests
{
    private const string Statistics = "/api/v1/referrals/statistics";

    private static Dictionary<string, int> Counts(JsonElement list) =>
        list.EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!, e => e.GetProperty("count").GetInt32());

    [Fact]
    public async Task The_operators_analyst_sees_the_whole_network_by_pair_service_status_reason_and_time()
    {
        await using var app = await AmudduApp.StartAsync();
        var data = await NetworkTestData.SeedAsync(app);
        var analyst = await app.ApiClientAsync(Demo.Analyst, "en");

        var s = await analyst.GetFromJsonAsync<JsonElement>(Statistics);

        Assert.True(s.GetProperty("wholeNetwork").GetBoolean());
        Assert.Equal(app.Today.ToString("yyyy-MM-dd"), s.GetProperty("to").GetString());
        Assert.Equal(7, s.GetProperty("sent").GetInt32());
        Assert.Equal(1, s.GetProperty("overdue").GetInt32());
        Assert.Equal(1, s.GetProperty("counterReferrals").GetInt32());
        var pairs = s.GetProperty("pairs").EnumerateArray()
            .ToDictionary(p => (p.GetProperty("senderId").GetGuid(), p.GetProperty("recipientId").GetGuid()), p => p.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<(Guid, Guid), int> { [(data.Anapec, data.Entraide)] = 4, [(data.Anapec, data.Ngo)] = 2, [(data.Entraide, data.Anapec)] = 1 }, pairs);
        Assert.Equal("ANAPEC (démo)", s.GetProperty("pairs")[0].GetProperty("sender").GetString());
        var services = s.GetProperty("services").EnumerateArray()
            .ToDictionary(x => x.GetProperty("offerId").GetGuid(), x => (x.GetProperty("service").GetString(), x.GetProperty("count").GetInt32()));
        Assert.Equal(("Sewing", 2), services[data.E1]);
        // No English name: the French one.
        Assert.Equal(("Alphabétisation", 2), services[data.E2]);
        Assert.Equal(("Darija classes", 2), services[data.N1]);
        Assert.Equal(("Employment support", 1), services[data.A1]);
        var statuses = Counts(s.GetProperty("statuses"));
        Assert.Equal(new Dictionary<string, int>
        {
            ["Sent"] = 2, ["Received"] = 1, ["Accepted"] = 1, ["Declined"] = 2, ["InProgress"] = 0, ["Completed"] = 1, ["Closed"] = 0, ["Withdrawn"] = 0,
        }, statuses);
        Assert.Equal(new Dictionary<string, int> { ["NoCapacity"] = 1, ["NotEligible"] = 1 }, Counts(s.GetProperty("declineReasons")));
        var accept = s.GetProperty("timeToAccept");
        Assert.Equal(2, accept.GetProperty("count").GetInt32());
        Assert.Equal(3, accept.GetProperty("medianDays").GetDouble());
        Assert.Equal(3, accept.GetProperty("averageDays").GetDouble());
        var complete = s.GetProperty("timeToComplete");
        Assert.Equal(1, complete.GetProperty("count").GetInt32());
        Assert.Equal(20, complete.GetProperty("medianDays").GetDouble());
        // Counts only: nothing about the person.
        var body = s.GetRawText();
        Assert.DoesNotContain("Sow", body, StringComparison.Ordinal);
        Assert.DoesNotContain("personId", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_period_filters_on_the_day_sent_and_bad_dates_are_refused_naming_the_field()
    {
        await using var app = await AmudduApp.StartAsync();
        await NetworkTestData.SeedAsync(app);
        var analyst = await app.ApiClientAsync(Demo.Analyst, "en");
        string Day(int daysAgo) => app.Today.AddDays(-daysAgo).ToString("yyyy-MM-dd");

        var recent = await analyst.GetFromJsonAsync<JsonElement>($"{Statistics}?from={Day(15)}&to={Day(0)}");
        Assert.Equal(5, recent.GetProperty("sent").GetInt32());
        Assert.Equal(Day(15), recent.GetProperty("from").GetString());
        Assert.Equal(0, recent.GetProperty("overdue").GetInt32());
        var older = await analyst.GetFromJsonAsync<JsonElement>($"{Statistics}?from={Day(500)}&to={Day(9)}");
        // Sent 400, 30, 20 and 10 days ago.
        Assert.Equal(4, older.GetProperty("sent").GetInt32());
        Assert.Equal(2, older.GetProperty("overdue").GetInt32());

        foreach (var (query, field) in new[] { ("from=2025-13-01", "from"), ("to=yesterday", "to"), ($"from={Day(0)}&to={Day(1)}", "from") })
        {
            foreach (var url in new[] { Statistics, $"{Statistics}/export.csv" })
            {
                var problem = await (await analyst.GetAsync($"{url}?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
                Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
            }
        }
    }

    [Fact]
    public async Task Another_organisations_manager_sees_only_the_referrals_it_sent_or_received()
    {
        await using var app = await AmudduApp.StartAsync();
        var data = await NetworkTestData.SeedAsync(app);
        var ngoAdmin = await app.ApiClientAsync(Demo.NgoAdmin, "en");

        var s = await ngoAdmin.GetFromJsonAsync<JsonElement>(Statistics);

        Assert.False(s.GetProperty("wholeNetwork").GetBoolean());
        Assert.Equal(2, s.GetProperty("sent").GetInt32());
        Assert.Equal(1, s.GetProperty("overdue").GetInt32());
        Assert.Equal(0, s.GetProperty("counterReferrals").GetInt32());
        var pair = Assert.Single(s.GetProperty("pairs").EnumerateArray());
        Assert.Equal((data.Anapec, data.Ngo), (pair.GetProperty("senderId").GetGuid(), pair.GetProperty("recipientId").GetGuid()));
        Assert.Equal([data.N1], s.GetProperty("services").EnumerateArray().Select(x => x.GetProperty("offerId").GetGuid()));
        Assert.Equal(new Dictionary<string, int> { ["NotEligible"] = 1 }, Counts(s.GetProperty("declineReasons")));
        Assert.Equal(0, s.GetProperty("timeToAccept").GetProperty("count").GetInt32());
        var csv = await ngoAdmin.GetStringAsync($"{Statistics}/export.csv");
        Assert.DoesNotContain("Entraide", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Managers_read_the_statistics_and_counsellors_and_caseworkers_may_not()
    {
        await using var app = await AmudduApp.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientAsync(Demo.Analyst)).GetAsync(Statistics)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientAsync(Demo.Admin)).GetAsync($"{Statistics}/export.csv")).StatusCode);
        foreach (var user in new[] { Demo.Counsellor, Demo.Caseworker })
        {
            var client = await app.ApiClientAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Statistics)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{Statistics}/export.csv")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(Statistics)).StatusCode);
    }

    [Fact]
    public async Task The_csv_export_has_the_same_tables_as_sections()
    {
        await using var app = await AmudduApp.StartAsync();
        await NetworkTestData.SeedAsync(app);
        var analyst = await app.ApiClientAsync(Demo.Analyst, "en");

        var response = await analyst.GetAsync(Statistics + "/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(".csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("At a glance", lines[0]);
        Assert.Equal("From,To,Referrals sent,Overdue today,Counter-referrals", lines[1]);
        Assert.Equal($"{app.Today.AddMonths(-12).AddDays(1):yyyy-MM-dd},{app.Today:yyyy-MM-dd},7,1,1", lines[2]);
        Assert.Contains("By sending and receiving organisation", lines);
        Assert.Contains("ANAPEC (démo),Entraide Nationale (démo),4", lines);
        Assert.Contains("Sewing,Entraide Nationale (démo),2", lines);
        Assert.Contains("Declined,2", lines);
        Assert.Contains("No capacity,1", lines);
        Assert.Contains("Time to accept,2,3,3", lines);
        Assert.Contains("Time to complete,1,20,20", lines);
    }

    [Fact]
    public async Task The_page_shows_the_tables_with_bars_in_each_language_and_keeps_a_bad_date()
    {
        await using var app = await AmudduApp.StartAsync();
        await NetworkTestData.SeedAsync(app);
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Admin);

        var html = await (await browser.GetAsync("/referrals/network")).ReadHtmlAsync();
        Assert.Contains("Referral network statistics", html, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"sent\">7<", html, StringComparison.Ordinal);
        Assert.Contains("data-status=\"Declined\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"bar bar-10\"", html, StringComparison.Ordinal);
        Assert.Contains("No capacity", html, StringComparison.Ordinal);
        Assert.Contains("Time to complete", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/referrals/network/export.csv?from={app.Today.AddMonths(-12).AddDays(1):yyyy-MM-dd}&to={app.Today:yyyy-MM-dd}\"", html, StringComparison.Ordinal);

        var bad = await (await browser.GetAsync("/referrals/network?from=2025-02-30")).ReadHtmlAsync();
        Assert.Contains("value=\"2025-02-30\"", bad, StringComparison.Ordinal);
        Assert.Contains("From: \"2025-02-30\" is not a date.", bad, StringComparison.Ordinal);

        var arabic = app.CreateBrowser("ar");
        await app.WebSignInAsync(arabic, Demo.Admin);
        var rtl = await (await arabic.GetAsync("/referrals/network")).ReadHtmlAsync();
        Assert.Contains("dir=\"rtl\"", rtl, StringComparison.Ordinal);
        Assert.Contains("إحصائيات شبكة التوجيه", rtl, StringComparison.Ordinal);

        var counsellor = app.CreateBrowser("en");
        await app.WebSignInAsync(counsellor, Demo.Counsellor);
        Assert.StartsWith("/account/access-denied", (await counsellor.GetAsync("/referrals/network")).Target(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_figures_follow_each_refresh_and_the_page_says_when_they_were_counted()
    {
        await using var app = await AmudduApp.StartAsync();
        await NetworkTestData.SeedAsync(app);
        var analyst = await app.ApiClientAsync(Demo.Analyst, "en");
        var first = await analyst.GetFromJsonAsync<JsonElement>(Statistics);
        Assert.Equal(7, first.GetProperty("sent").GetInt32());
        Assert.Equal(app.Clock.GetUtcNow(), first.GetProperty("countedAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));

        // A referral leaves the period and another one is declined: the figures are the sums until the next refresh.
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var start = SiteTime.StartOf(app.Today.AddMonths(-12).AddDays(1));
        var now = app.Clock.GetUtcNow();
        await app.QueryAsync(db => db.Referrals.Where(r => r.SentAt >= start).OrderBy(r => r.SentAt).Take(1)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.SentAt, start.AddYears(-1)).SetProperty(r => r.UpdatedAt, now)));
        await app.QueryAsync(db => db.Referrals.Where(r => r.Status == ReferralStatus.Received)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ReferralStatus.Declined).SetProperty(r => r.DeclineReason, DeclineReason.NoCapacity)
                .SetProperty(r => r.RespondedAt, now).SetProperty(r => r.UpdatedAt, now)));
        Assert.Equal(7, (await analyst.GetFromJsonAsync<JsonElement>(Statistics)).GetProperty("sent").GetInt32());

        await app.RefreshStatisticsAsync();
        var second = await analyst.GetFromJsonAsync<JsonElement>(Statistics);
        Assert.Equal(6, second.GetProperty("sent").GetInt32());
        Assert.Equal(2, Counts(second.GetProperty("declineReasons"))["NoCapacity"]);
        Assert.Equal(0, Counts(second.GetProperty("statuses"))["Received"]);

        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Admin);
        var html = await (await browser.GetAsync("/referrals/network")).ReadHtmlAsync();
        Assert.Contains($"Figures computed on {SiteTime.ToLocal(app.Clock.GetUtcNow()):dd/MM/yyyy HH:mm}.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overdue_query_agrees_with_the_referral()
    {
        var today = new DateOnly(2026, 3, 10);
        var query = Referral.OverdueOn(today).Compile();
        foreach (var status in Enum.GetValues<ReferralStatus>())
        {
            foreach (var respondBy in new[] { today.AddDays(-1), today, today.AddDays(1) })
            {
                foreach (var dueBy in new DateOnly?[] { null, today.AddDays(-1), today, today.AddDays(1) })
                {
                    var referral = new Referral { Reference = "R", Reason = "R", Status = status, RespondBy = respondBy, DueBy = dueBy };
                    Assert.Equal(referral.IsOverdueOn(today), query(referral));
                }
            }
        }
    }

    [Fact]
    public async Task The_demo_leaves_referrals_at_every_status_each_under_a_consent_given_before_it()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedDemoReferralsAsync();

        var referrals = await app.QueryAsync(db => db.Referrals.AsNoTracking().ToListAsync());
        Assert.Equal(Enum.GetValues<ReferralStatus>().Order(), referrals.Select(r => r.Status).Distinct().Order());
        Assert.Contains(referrals, r => r.IsOverdueOn(app.Today));
        Assert.Single(referrals, r => r.EscalatedAt is not null);
        var entraide = await app.QueryAsync(db => db.Organisations.Where(o => o.Acronym == "EN").Select(o => o.Id).SingleAsync());
        var back = Assert.Single(referrals, r => r.ParentReferralId is not null);
        Assert.Equal(entraide, back.SenderOrganisationId);
        Assert.Equal(back.SenderOrganisationId, referrals.Single(r => r.Id == back.ParentReferralId).RecipientOrganisationId);
        Assert.True(referrals.Select(r => r.DeclineReason).OfType<DeclineReason>().Distinct().Count() >= 4);
        Assert.True(referrals.Select(r => r.Outcome).OfType<ReferralOutcome>().Distinct().Count() >= 4);
        Assert.Contains(referrals, r => r.RecipientOrganisationId != entraide && r.SenderOrganisationId != entraide);

        var consents = await app.QueryAsync(db => db.Consents.AsNoTracking().Where(c => c.Purpose == ConsentPurpose.SharingWithPartner).ToDictionaryAsync(c => c.Id));
        var events = await app.QueryAsync(db => db.ReferralEvents.AsNoTracking().ToListAsync());
        foreach (var r in referrals)
        {
            Assert.NotEqual(r.SenderOrganisationId, r.RecipientOrganisationId);
            var consent = consents[r.ConsentId!.Value];
            Assert.Equal((r.PersonId, r.RecipientOrganisationId), (consent.PersonId, consent.RecipientOrganisationId));
            Assert.Equal(r.SharedData, r.SharedData & consent.SharedData!.Value);
            Assert.True(consent.GivenOn <= DateOnly.FromDateTime(SiteTime.ToLocal(r.SentAt ?? r.CreatedAt)));
            Assert.Equal(ConsentState.Active, consent.StateOn(app.Today));
            Assert.Equal(r.Status == ReferralStatus.Draft, r.SentAt is null);
            var history = events.Where(e => e.ReferralId == r.Id).OrderBy(e => e.At).ToList();
            Assert.NotEmpty(history);
            Assert.All(history, e => Assert.False(string.IsNullOrWhiteSpace(e.Note)));
            Assert.All(history, e => Assert.True(e.At <= app.Clock.GetUtcNow()));
            if (r.Status != ReferralStatus.Draft)
            {
                Assert.Equal(r.Status, history.Last(e => e.Kind == ReferralEventKind.StatusChanged).Status);
                Assert.True(r.SentAt <= (r.ReceivedAt ?? r.SentAt) && (r.ReceivedAt ?? r.SentAt) <= (r.RespondedAt ?? r.ReceivedAt ?? r.SentAt));
            }
        }

        var analyst = await app.ApiClientAsync(Demo.Analyst);
        await app.RefreshStatisticsAsync();
        var s = await analyst.GetFromJsonAsync<JsonElement>(Statistics);
        Assert.Equal(referrals.Count(r => r.SentAt is not null), s.GetProperty("sent").GetInt32());
    }
}
