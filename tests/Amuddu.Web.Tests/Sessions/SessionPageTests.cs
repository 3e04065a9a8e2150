using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Sessions;

public sealed class SessionPageTests
{
    [Fact]
    public async Task Staff_plan_a_session_on_the_page_and_a_bad_post_keeps_what_was_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, SessionTestData.Agent);
        // Typed day first, as people write it (the form also takes 2026-03-15).
        var date = SiteTime.Today(app.Clock).AddDays(6).ToString("dd'/'MM'/'yyyy");
        var site = (await app.SiteOfAsync(Demo.Counsellor)).ToString();
        // What the page's selects post, as a browser would.
        var agentId = (await app.UserIdAsync(SessionTestData.Agent)).ToString();

        var bad = await (await browser.SubmitFormAsync("/info-sessions/new", "session", ("Input.Topic", "SelfEmployment"), ("Input.Title", "Créer sa coopérative"),
            ("Input.SiteId", site), ("Input.Date", date), ("Input.Time", "14:30"), ("Input.DurationMinutes", "90"), ("Input.Language", "ary"),
            ("Input.Capacity", "0"))).ReadHtmlAsync();
        var good = await browser.SubmitFormAsync("/info-sessions/new", "session", ("Input.Topic", "SelfEmployment"), ("Input.Title", "Créer sa coopérative"),
            ("Input.SiteId", site), ("Input.Date", date), ("Input.Time", "14:30"), ("Input.DurationMinutes", "90"), ("Input.Language", "ary"),
            ("Input.Capacity", "25"), ("Input.AgentId", agentId));

        Assert.Contains("Le nombre de places doit être compris entre 1 et 500.", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"Créer sa coopérative\"", bad, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ary\" selected", bad, StringComparison.Ordinal);
        Assert.Contains($"value=\"{date}\"", bad, StringComparison.Ordinal);
        var notADate = await (await browser.SubmitFormAsync("/info-sessions/new", "session", ("Input.Title", "Créer sa coopérative"),
            ("Input.SiteId", site), ("Input.Date", "31/02/2027"), ("Input.Time", "14:30"))).ReadHtmlAsync();
        Assert.Contains("<a href=\"#date\">Date : « 31/02/2027 » n'est pas une date.", notADate, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2027\"", notADate, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var session = await app.QueryAsync(db => db.InfoSessions.SingleAsync());
        Assert.Equal($"/info-sessions/{session.Id}", good.Target());
        Assert.Equal(SiteTime.FromLocal(SiteTime.Today(app.Clock).AddDays(6), new TimeOnly(14, 30)), session.StartsAt);
        Assert.Equal(await app.UserIdAsync(SessionTestData.Agent), session.AgentId);

        var published = await (await browser.SubmitFormAsync($"/info-sessions/{session.Id}", "session-status", ("Action", $"publish/{session.Version}"))).ReadHtmlAsync();
        var list = await (await browser.GetAsync("/info-sessions")).ReadHtmlAsync();

        Assert.Contains("Publiée", published, StringComparison.Ordinal);
        Assert.Contains($"data-session=\"{session.Id}\" data-status=\"Published\"", list, StringComparison.Ordinal);
        Assert.Contains("0 inscrits sur 25 places", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisations_session_pages_show_not_found()
    {
        await using var app = await AmudduApp.StartAsync();
        var id = await app.PublishedAsync(await app.ApiClientAsync(SessionTestData.Agent), title: "Séance confidentielle");
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.NgoCounsellor);

        foreach (var page in new[] { $"/info-sessions/{id}", $"/info-sessions/{id}/edit", $"/info-sessions/{id}/attendance", "/info-sessions" })
        {
            var html = await (await browser.GetAsync(page)).ReadHtmlAsync();
            Assert.DoesNotContain("Séance confidentielle", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_person_registers_on_the_public_page_in_arabic_and_lands_on_a_confirmation_without_personal_data_in_the_address()
    {
        await using var app = await AmudduApp.StartAsync();
        var id = await app.PublishedAsync(await app.ApiClientAsync(SessionTestData.Agent), capacity: 8, title: "Les formations qualifiantes");
        var browser = app.CreateBrowser("ar");

        var calendar = await (await browser.GetAsync("/sessions")).ReadHtmlAsync();
        var page = await (await browser.GetAsync($"/sessions/{id}")).ReadHtmlAsync();
        var bad = await (await browser.SubmitFormAsync($"/sessions/{id}", "public-registration", ("Input.FirstName", ""), ("Input.Phone", "0661234567"),
            ("Input.Language", "ar"), ("Input.Channel", "Sms"), ("Input.ContactConsent", "true"))).ReadHtmlAsync();
        var good = await browser.SubmitFormAsync($"/sessions/{id}", "public-registration", ("Input.FirstName", "يوسف"), ("Input.Phone", "0661234567"),
            ("Input.Language", "ar"), ("Input.Channel", "Sms"), ("Input.ContactConsent", "true"));
        var confirmed = await (await browser.GetAsync(good.Target())).ReadHtmlAsync();

        Assert.Contains("dir=\"rtl\"", calendar, StringComparison.Ordinal);
        Assert.Contains("Les formations qualifiantes", calendar, StringComparison.Ordinal);
        Assert.Contains("8 مقاعد متبقية", calendar, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", page, StringComparison.Ordinal);
        Assert.Contains("أوافق على أن يتم التواصل معي", page, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", page, StringComparison.Ordinal);
        Assert.Contains("الحقل «الاسم الشخصي» إلزامي.", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"0661234567\"", bad, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal($"/sessions/{id}/registered?message=1", good.Target());
        Assert.Contains("سيصلك تأكيد", confirmed, StringComparison.Ordinal);
        var pre = await app.QueryAsync(db => db.PreRegistrations.SingleAsync());
        Assert.Equal("يوسف", pre.FirstName);
        Assert.Equal(PreRegistrationSource.PublicForm, pre.Source);
        var confirmation = Assert.Single(await app.OutboxAsync(), m => m.TemplateKey == SessionMessages.Confirmation);
        Assert.Equal("ar", confirmation.Culture);
        Assert.Equal(OutboxChannel.Sms, confirmation.Channel);
    }

    [Fact]
    public async Task The_public_page_says_when_a_session_is_full_and_keeps_what_was_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var id = await app.PublishedAsync(await app.ApiClientAsync(SessionTestData.Agent), capacity: 1);
        var browser = app.CreateBrowser("en");
        var form = await (await browser.GetAsync($"/sessions/{id}")).ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.Created, (await app.CreateClient().RegisterPubliclyAsync(id, phone: "0661111111")).StatusCode);

        // The form was open when the person started typing; the seat went in the meantime.
        var full = await browser.PostAsync($"/sessions/{id}", new FormUrlEncodedContent(Hidden(form).Concat(
        [
            new("Input.FirstName", "Grace"), new("Input.Language", "en"), new("Input.ContactConsent", "false"),
        ])));
        var html = await full.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Contains("This session is full: no seat is left.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Grace\"", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.SessionRegistrations.CountAsync()));
    }

    private static IEnumerable<KeyValuePair<string, string>> Hidden(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")
            .Select(m => new KeyValuePair<string, string>(m.Groups["name"].Value, m.Groups["value"].Value));

    [Fact]
    public async Task The_public_calendar_filters_by_city_language_and_topic()
    {
        await using var app = await AmudduApp.StartAsync();
        var agent = await app.ApiClientAsync(SessionTestData.Agent);
        await app.PublishedAsync(agent, title: "Séance à Casablanca");
        var browser = app.CreateBrowser("fr");

        var all = await (await browser.GetAsync("/sessions")).ReadHtmlAsync();
        var rabat = await (await browser.GetAsync("/sessions?city=Rabat")).ReadHtmlAsync();
        var english = await (await browser.GetAsync("/sessions?language=en")).ReadHtmlAsync();
        var topic = await (await browser.GetAsync("/sessions?topic=VocationalTraining&city=Casablanca")).ReadHtmlAsync();
        var other = await (await browser.GetAsync("/sessions?topic=RightsAtWork")).ReadHtmlAsync();
        var filtered = await app.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/v1/public/sessions?city=Casablanca&language=fr&topic=VocationalTraining");

        Assert.Contains("Séance à Casablanca", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Séance à Casablanca", rabat, StringComparison.Ordinal);
        Assert.DoesNotContain("Séance à Casablanca", english, StringComparison.Ordinal);
        Assert.Contains("Séance à Casablanca", topic, StringComparison.Ordinal);
        Assert.DoesNotContain("Séance à Casablanca", other, StringComparison.Ordinal);
        Assert.Single(filtered!);
    }

    [Fact]
    public async Task Attendance_is_taken_on_the_page_with_one_toggle_per_registrant_and_a_walk_in_is_added()
    {
        await using var app = await AmudduApp.StartAsync();
        var agentApi = await app.ApiClientAsync(SessionTestData.Agent);
        var start = app.At(1);
        var id = await app.PublishedAsync(agentApi, days: 1);
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await anonymous.RegisterPubliclyAsync(id, firstName: "Awa", phone: "0661111111")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await anonymous.RegisterPubliclyAsync(id, firstName: "Ibrahim", phone: "0662222222")).StatusCode);
        var registrations = await app.QueryAsync(db => db.SessionRegistrations.OrderBy(r => r.CreatedAt).Select(r => r.Id).ToListAsync());
        app.Clock.Advance(start.AddMinutes(-30) - app.Clock.GetUtcNow());
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, SessionTestData.Agent);
        var page = $"/info-sessions/{id}/attendance";

        var roll = await (await browser.GetAsync(page)).ReadHtmlAsync();
        var taken = await (await browser.SubmitFormAsync(page, "attendance", ("present", registrations[0].ToString()))).ReadHtmlAsync();
        var badWalkIn = await (await browser.SubmitFormAsync(page, "walk-in", ("WalkIn.FirstName", ""), ("WalkIn.LastName", "Eze"), ("WalkIn.Language", "en"))).ReadHtmlAsync();
        var walkIn = await (await browser.SubmitFormAsync(page, "walk-in", ("WalkIn.FirstName", "Blessing"), ("WalkIn.LastName", "Eze"), ("WalkIn.Language", "en"))).ReadHtmlAsync();
        var followUp = await (await browser.SubmitFormAsync(page, "follow-up", ($"followUp.{registrations[0]}", "Referred"), ("Row", $"{registrations[0]}/2"))).ReadHtmlAsync();

        Assert.Contains("type=\"checkbox\" name=\"present\"", roll, StringComparison.Ordinal);
        Assert.Contains($"data-registration=\"{registrations[0]}\" data-status=\"Attended\"", taken, StringComparison.Ordinal);
        Assert.Contains($"data-registration=\"{registrations[1]}\" data-status=\"Absent\"", taken, StringComparison.Ordinal);
        Assert.Contains($"/outreach/pre-registrations/", taken, StringComparison.Ordinal);
        Assert.Contains("Le champ « Prénom » est obligatoire.", badWalkIn.Replace("\u00a0", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("value=\"Eze\"", badWalkIn, StringComparison.Ordinal);
        Assert.Contains("Personne ajoutée et marquée présente.", walkIn, StringComparison.Ordinal);
        Assert.Contains("Blessing Eze", walkIn, StringComparison.Ordinal);
        Assert.Contains($"data-registration=\"{registrations[0]}\" data-follow-up=\"Referred\"", followUp, StringComparison.Ordinal);
        var statuses = await app.QueryAsync(db => db.SessionRegistrations.ToDictionaryAsync(r => r.Id, r => r.Status));
        Assert.Equal(RegistrationStatus.Attended, statuses[registrations[0]]);
        Assert.Equal(RegistrationStatus.Absent, statuses[registrations[1]]);
        Assert.Equal(3, statuses.Count);
    }

    [Fact]
    public async Task A_counsellor_registers_a_person_for_a_session_from_the_file()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var id = await app.PublishedAsync(counsellor, title: "Créer son activité");
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var file = $"/people/{personId}/support";

        var before = await (await browser.GetAsync(file)).ReadHtmlAsync();
        var after = await (await browser.SubmitFormAsync(file, "person-session", ("SessionId", id.ToString()))).ReadHtmlAsync();

        Assert.Contains("Inscrit à aucune séance d'information.", before, StringComparison.Ordinal);
        Assert.Contains("Inscription enregistrée.", after, StringComparison.Ordinal);
        Assert.Contains($"data-session=\"{id}\" data-status=\"Registered\"", after, StringComparison.Ordinal);
        Assert.Equal(personId, await app.QueryAsync(db => db.SessionRegistrations.Select(r => r.PersonId).SingleAsync()));
    }
}
