using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Support.Decisions;

public sealed class QueueTests
{
    [Fact]
    public async Task The_queue_puts_the_nearest_deadline_first_filters_and_flags_the_overdue()
    {
        await using var app = await AmudduApp.StartAsync();
        var (training, later, personId) = await app.SeedAsync(ApplicationStatus.EligibilityChecked, application: a => a.DecideBy = app.Today.AddDays(10));
        var overdue = await app.SeedApplicationAsync(training, personId, ApplicationStatus.UnderReview, a => a.DecideBy = app.Today.AddDays(-2));
        var soon = await app.SeedApplicationAsync(training, personId, ApplicationStatus.EligibilityChecked, a => a.DecideBy = app.Today.AddDays(1));
        var approvedLate = await app.SeedApplicationAsync(training, personId, ApplicationStatus.Approved, a => a.DecideBy = app.Today.AddDays(-5));
        var (incentives, incentive, _) = await app.SeedAsync(ApplicationStatus.UnderReview, ProgrammeKind.HiringIncentive,
            application: a => a.DecideBy = app.Today.AddDays(3), personId: personId);
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        Assert.Equal(HttpStatusCode.OK, (await officer.ApproveAsync(app, overdue.Id)).StatusCode);

        var all = await officer.GetFromJsonAsync<JsonElement>("/api/v1/applications");
        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([approvedLate.Id, overdue.Id, soon.Id, incentive.Id, later.Id], items.Select(i => i.GetProperty("id").GetGuid()));
        var first = items[1];
        Assert.True(first.GetProperty("overdue").GetBoolean());
        Assert.Equal(1, first.GetProperty("approvals").GetInt32());
        Assert.Equal("Awa Sow", first.GetProperty("person").GetString());
        Assert.Equal(overdue.Reference, first.GetProperty("reference").GetString());
        Assert.Equal(5000m, first.GetProperty("requested").GetDecimal());
        Assert.False(items[0].GetProperty("overdue").GetBoolean()); // decided: no longer waiting
        Assert.Equal(5000m, items[0].GetProperty("approved").GetDecimal());
        Assert.Equal(2, all.GetProperty("counts").GetProperty("EligibilityChecked").GetInt32());
        Assert.Equal(2, all.GetProperty("counts").GetProperty("UnderReview").GetInt32());
        Assert.Equal(5, all.GetProperty("total").GetInt32());

        async Task<List<Guid>> IdsAsync(string query) =>
            (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/applications?{query}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        Assert.Equal([overdue.Id], await IdsAsync("overdue=true"));
        Assert.Equal([overdue.Id, incentive.Id], await IdsAsync("status=UnderReview"));
        Assert.Equal([incentive.Id], await IdsAsync("kind=HiringIncentive"));
        Assert.Equal([incentive.Id], await IdsAsync($"programmeId={incentives.Id}"));
        Assert.Equal([soon.Id, later.Id], await IdsAsync($"programmeId={training.Id}&status=eligibilitychecked"));
        var counted = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/applications?programmeId={incentives.Id}&status=Approved");
        Assert.Equal(1, counted.GetProperty("counts").GetProperty("UnderReview").GetInt32());
        Assert.Equal(0, counted.GetProperty("items").GetArrayLength());

        var bad = (await (await officer.GetAsync("/api/v1/applications?status=Pending&kind=Loan&page=0")).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(bad.TryGetProperty("status", out _) && bad.TryGetProperty("kind", out _) && bad.TryGetProperty("page", out _));

        // Counsellors follow the applications too; another organisation sees none of them.
        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "en");
        Assert.Equal(5, (await counsellor.GetFromJsonAsync<JsonElement>("/api/v1/applications")).GetProperty("total").GetInt32());
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor, "en");
        var none = await ngo.GetFromJsonAsync<JsonElement>("/api/v1/applications");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        Assert.Empty(none.GetProperty("counts").EnumerateObject());
        Assert.Equal(0, (await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/applications?programmeId={training.Id}")).GetProperty("total").GetInt32());
        var employer = await app.ApiClientAsync(Demo.Employer, "en");
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync("/api/v1/applications")).StatusCode);
    }

    [Fact]
    public async Task The_queue_page_lists_the_applications_with_their_deadline_and_the_overdue_flag()
    {
        await using var app = await AmudduApp.StartAsync();
        var (training, overdue, personId) = await app.SeedAsync(ApplicationStatus.UnderReview, application: a => a.DecideBy = app.Today.AddDays(-1));
        var later = await app.SeedApplicationAsync(training, personId, ApplicationStatus.EligibilityChecked, a => a.DecideBy = app.Today.AddDays(9));
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Officer);

        var html = await (await browser.GetAsync("/applications")).ReadHtmlAsync();
        Assert.True(html.IndexOf(overdue.Reference, StringComparison.Ordinal) < html.IndexOf(later.Reference, StringComparison.Ordinal));
        Assert.Contains($"href=\"/applications/{overdue.Id}\"", html);
        Assert.Contains("Awa Sow", html);
        Assert.Contains("class=\"badge badge-warning\">Overdue", html);
        Assert.Contains("Under review (1)", html);

        var filtered = await (await browser.GetAsync("/applications?overdue=true")).ReadHtmlAsync();
        Assert.Contains(overdue.Reference, filtered);
        Assert.DoesNotContain(later.Reference, filtered);

        var ngo = app.CreateBrowser("en");
        await app.WebSignInAsync(ngo, Demo.NgoCounsellor);
        var empty = await (await ngo.GetAsync("/applications")).ReadHtmlAsync();
        Assert.DoesNotContain(overdue.Reference, empty);
        Assert.Contains("queue-empty", empty);
    }
}
