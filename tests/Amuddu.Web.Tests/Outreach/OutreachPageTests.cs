using System.Net;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.Outreach.OutreachTests;

namespace Amuddu.Web.Tests.Outreach;

public sealed class OutreachPageTests
{
    private static async Task<HttpClient> BrowserAsync(AmudduApp app, string email)
    {
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, email);
        return browser;
    }

    [Fact]
    public async Task An_agent_logs_an_outing_on_the_page_and_a_bad_one_comes_back_as_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = await BrowserAsync(app, Agent);
        var agentId = await UserIdAsync(app, Agent);
        var today = SiteTime.Today(app.Clock).ToString("yyyy-MM-dd");

        var bad = await browser.SubmitFormAsync("/outreach/activities/new", "outreach-activity",
            ("Form.Date", ""), ("Form.Status", "Planned"), ("Form.City", ""), ("Form.VenueName", "Souk Hay Mohammadi"), ("Form.RegionCode", "MA-06"),
            ("Form.VenueType", "Market"), ("Form.AgentIds", agentId.ToString()));
        var badHtml = await bad.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Date and time", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Souk Hay Mohammadi\"", badHtml, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.OutreachActivities.CountAsync()));

        var saved = await browser.SubmitFormAsync("/outreach/activities/new", "outreach-activity",
            ("Form.Date", today), ("Form.Time", "00:00"), ("Form.Status", "Done"), ("Form.City", "Casablanca"), ("Form.Neighbourhood", "Hay Mohammadi"),
            ("Form.RegionCode", "MA-06"), ("Form.VenueType", "Market"), ("Form.VenueName", "Souk Hay Mohammadi"),
            ("Form.AgentIds", agentId.ToString()), ("Form.Languages", "fr"), ("Form.Languages", "wo"),
            ("Form.Reached[Female_Under18]", "3"), ("Form.Reached[Male_From25To34]", "5"),
            ("Form.NationalityCodes[0]", "SN"), ("Form.NationalityCounts[0]", "6"), ("Form.Materials[Leaflet]", "25"), ("Form.FollowUpsPromised", "2"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var activity = await app.QueryAsync(db => db.OutreachActivities.Include(a => a.Agents).SingleAsync());
        Assert.Equal($"/outreach/activities/{activity.Id}?saved=1", saved.Target());
        Assert.Equal(8, activity.ReachedTotal);
        Assert.Equal(OutreachStatus.Done, activity.Status);
        Assert.Equal(["fr", "wo"], activity.Languages);
        Assert.Equal(agentId, Assert.Single(activity.Agents).AgentId);
        Assert.Equal(25, Assert.Single(activity.Materials).Count);
        Assert.Equal("SN", Assert.Single(activity.Nationalities).NationalityCode);

        var page = await (await browser.GetAsync(saved.Target())).ReadHtmlAsync();
        Assert.Contains("Saved.", page, StringComparison.Ordinal);
        var home = await (await browser.GetAsync("/outreach")).ReadHtmlAsync();
        Assert.Contains("Souk Hay Mohammadi", home, StringComparison.Ordinal);
        Assert.Contains("outreach-funnel", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_pre_registers_on_the_phone_form_and_a_bad_one_keeps_what_was_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = await BrowserAsync(app, Agent);

        var bad = await browser.SubmitFormAsync("/outreach/pre-registrations/new", "pre-register",
            ("Form.FirstName", "Khadija"), ("Form.LastName", "Touré"), ("Form.Language", "fr"), ("Form.Phone", "0611223344"));
        var badHtml = await bad.ReadHtmlAsync();
        Assert.Contains("Without agreement to be contacted", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Khadija\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"0611223344\"", badHtml, StringComparison.Ordinal);

        var saved = await browser.SubmitFormAsync("/outreach/pre-registrations/new", "pre-register",
            ("Form.FirstName", "Khadija"), ("Form.LastName", "Touré"), ("Form.Sex", "Female"), ("Form.NationalityCode", "ML"), ("Form.Language", "bm"),
            ("Form.Interests", "LanguageCourse"), ("Form.Interests", "JobSearch"),
            ("Form.ContactConsent", "true"), ("Form.ContactChannel", "Sms"), ("Form.Phone", "0611223344"));

        Assert.Contains("Pre-registration saved", await saved.ReadHtmlAsync(), StringComparison.Ordinal);
        var pre = await app.QueryAsync(db => db.PreRegistrations.SingleAsync());
        Assert.Equal("+212611223344", pre.Phone);
        Assert.Equal([Interest.JobSearch, Interest.LanguageCourse], pre.Interests.Order());
        Assert.Equal(ContactChannel.Sms, pre.ContactChannel);
        Assert.Contains("Khadija Touré", await (await browser.GetAsync("/outreach/pre-registrations")).ReadHtmlAsync(), StringComparison.Ordinal);

        var closed = await browser.SubmitFormAsync($"/outreach/pre-registrations/{pre.Id}", "close-pre-registration", ("Close.Reason", "Unreachable"));
        Assert.Contains("Pre-registration closed.", await closed.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(PreRegistrationStatus.Closed, await app.QueryAsync(db => db.PreRegistrations.Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_counsellor_converts_on_the_page_after_a_mistake_and_can_link_an_existing_file()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(Agent);
        var pre = (await PreRegisterAsync(agent, "Mariama", "Baldé")).GetProperty("id").GetGuid();
        var browser = await BrowserAsync(app, Demo.Counsellor);
        var url = $"/outreach/pre-registrations/{pre}/convert";
        var site = (await SiteOfAsync(app, Demo.Counsellor)).ToString();

        var form = await (await browser.GetAsync(url)).ReadHtmlAsync();
        Assert.Contains("value=\"Mariama\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"+212612345678\"", form, StringComparison.Ordinal);

        (string, string)[] fields =
        [
            ("Input.FirstName", "Mariama"), ("Input.LastName", "Baldé"), ("Input.Sex", "Female"), ("Input.NationalityCode", "GN"),
            ("Input.RegionCode", "MA-06"), ("Input.HeardFrom", "CommunityAgent"), ("Input.SiteId", site),
        ];
        var bad = await browser.SubmitFormAsync(url, "convert-new", [.. fields, ("Input.City", "")]);
        var badHtml = await bad.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("value=\"Baldé\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("City", badHtml, StringComparison.Ordinal);

        var converted = await browser.SubmitFormAsync(url, "convert-new", [.. fields, ("Input.City", "Casablanca")]);
        Assert.Equal(HttpStatusCode.Redirect, converted.StatusCode);
        var personId = await app.QueryAsync(db => db.PreRegistrations.Where(p => p.Id == pre).Select(p => p.PersonId).SingleAsync());
        Assert.Equal($"/people/{personId}", converted.Target());

        // The same person met again by the agent: linked to the file the duplicate check shows.
        var again = (await PreRegisterAsync(agent, "Mariama", "Baldé")).GetProperty("id").GetGuid();
        var againUrl = $"/outreach/pre-registrations/{again}/convert";
        Assert.Contains("This person may already be registered", await (await browser.GetAsync(againUrl)).ReadHtmlAsync(), StringComparison.Ordinal);
        var linked = await browser.SubmitFormAsync(againUrl, "link-existing", ("Link.PersonId", personId.ToString()!));
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal(personId, await app.QueryAsync(db => db.PreRegistrations.Where(p => p.Id == again).Select(p => p.PersonId).SingleAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task Managers_see_the_funnel_per_agency_and_agent_on_their_home_page()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(Agent);
        await PreRegisterAsync(agent);
        await app.RefreshStatisticsAsync();
        var browser = app.CreateBrowser("en");
        var password = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.Analyst), ("Input.Password", Demo.Password));
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);

        // The funnel has a page of its own, linked from the analyst's home.
        Assert.Contains("href=\"/indicators/funnel\"", await (await browser.GetAsync("/home")).ReadHtmlAsync(), StringComparison.Ordinal);
        var home = await (await browser.GetAsync("/indicators/funnel")).ReadHtmlAsync();

        Assert.Contains("From outreach to support", home, StringComparison.Ordinal);
        Assert.Contains("By agency", home, StringComparison.Ordinal);
        Assert.Contains("Aminata Diallo", home, StringComparison.Ordinal);
        Assert.Contains("Figures computed on", home, StringComparison.Ordinal);
    }
}
