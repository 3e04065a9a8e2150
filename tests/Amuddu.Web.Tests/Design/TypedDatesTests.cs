using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.Outreach.OutreachTests;

namespace Amuddu.Web.Tests.Design;

/// <summary>
/// The date fields that were on the browser's date picker take a date as people type it (15/03/2026, 15-03-2026) and
/// store it as that date; a date that is not one is refused, naming the field and keeping what was typed.
/// </summary>
public sealed class TypedDatesTests
{
    private const string Wrong = "31/02/2026";

    private static string Typed(DateOnly date, string format = "dd/MM/yyyy") => date.ToString(format, CultureInfo.InvariantCulture);

    private static void AssertRefused(string html, string label, string typed = Wrong)
    {
        Assert.Contains($"{label} : « {typed} » n'est pas une date.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{typed}\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    private static async Task<string> SubmitAsync(HttpClient browser, string page, string form, params (string Name, string Value)[] fields) =>
        await (await browser.SubmitFormAsync(page, form, fields)).ReadHtmlAsync();

    [Fact]
    public async Task The_action_plan_the_follow_up_check_and_the_booking_take_typed_dates_and_refuse_wrong_ones()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var today = app.Today;

        // The action plan's agreement date.
        var plan = $"/people/{personId}/action-plan";
        (string, string)[] planFields = [("Plan.Goal", "Devenir aide-soignante"), ("Plan.Status", "Draft"), ("Plan.AgreementMethod", "Oral")];
        AssertRefused(await SubmitAsync(browser, plan, "save-plan", [.. planFields, ("Plan.AgreedOn", Wrong)]), "Accord donné le");
        Assert.False(await app.QueryAsync(db => db.ActionPlans.AnyAsync(p => p.AgreedOn != null)));
        var agreed = today.AddDays(-3);
        var savedPlan = await SubmitAsync(browser, plan, "save-plan", [.. planFields, ("Plan.AgreedOn", Typed(agreed))]);
        Assert.Contains("Enregistré.", savedPlan, StringComparison.Ordinal);
        Assert.Equal(agreed, await app.QueryAsync(db => db.ActionPlans.Select(p => p.AgreedOn).SingleAsync()));
        Assert.Contains($"name=\"Plan.AgreedOn\" type=\"text\" inputmode=\"numeric\"", savedPlan, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Typed(agreed)}\"", savedPlan, StringComparison.Ordinal);

        // A follow-up check's done-on date.
        var outcome = await client.PostAsJsonAsync($"/api/v1/people/{personId}/outcomes", new
        {
            kind = "Employed", startsOn = today.AddMonths(-4), employerName = "Restaurant Le Jardin", occupationTitle = "Commis de cuisine",
            occupationCode = "9412", contractType = "Cdd", wageBand = "SmigTo3000", workingTime = "FullTime",
        });
        Assert.Equal(HttpStatusCode.Created, outcome.StatusCode);
        var checkId = await app.QueryAsync(db => db.FollowUpChecks.OrderBy(c => c.DueOn).Select(c => c.Id).FirstAsync());
        var outcomes = $"/people/{personId}/outcomes";
        (string, string)[] checkFields = [("Check.CheckId", checkId.ToString()), ("Check.Result", "StillInJob")];
        var wrongCheck = await SubmitAsync(browser, outcomes, "record-check", [.. checkFields, ("Check.DoneOn", Wrong)]);
        AssertRefused(wrongCheck, "Fait le");
        // The overdue check reads "À faire en retard", a space before the words.
        var checkRow = Regex.Match(wrongCheck, $"<tr data-check=\"{checkId}\".*?</tr>", RegexOptions.Singleline).Value;
        Assert.Matches(@"\S en retard", Regex.Replace(checkRow, "<[^>]+>", ""));
        Assert.Null(await app.QueryAsync(db => db.FollowUpChecks.Where(c => c.Id == checkId).Select(c => c.DoneOn).SingleAsync()));
        var done = today.AddDays(-2);
        Assert.Contains("Enregistré.", await SubmitAsync(browser, outcomes, "record-check", [.. checkFields, ("Check.DoneOn", Typed(done, "dd-MM-yyyy"))]),
            StringComparison.Ordinal);
        Assert.Equal(done, await app.QueryAsync(db => db.FollowUpChecks.Where(c => c.Id == checkId).Select(c => c.DoneOn).SingleAsync()));

        // An appointment's date.
        var site = await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.SiteId!.Value).SingleAsync());
        var appointments = $"/people/{personId}/appointments";
        (string, string)[] booking = [("Booking.Time", "09:30"), ("Booking.DurationMinutes", "45"), ("Booking.Channel", "AtAgency"),
            ("Booking.SiteId", site.ToString()), ("Booking.Purpose", "Bilan de compétences")];
        AssertRefused(await SubmitAsync(browser, appointments, "book-appointment", [.. booking, ("Booking.Date", Wrong)]), "Date");
        Assert.Equal(0, await app.QueryAsync(db => db.Appointments.CountAsync()));
        var day = today.AddDays(1);
        Assert.Contains("Rendez-vous pris.", await SubmitAsync(browser, appointments, "book-appointment", [.. booking, ("Booking.Date", Typed(day))]),
            StringComparison.Ordinal);
        var startsAt = await app.QueryAsync(db => db.Appointments.Select(a => a.StartsAt).SingleAsync());
        Assert.Equal(day.ToDateTime(new TimeOnly(9, 30)), SiteTime.ToLocal(startsAt));
    }

    [Fact]
    public async Task The_positioning_interview_test_and_tryout_take_typed_dates_and_refuse_wrong_ones()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var today = app.Today;
        var page = $"/people/{personId}/positioning";

        (string, string)[] interview = [("Interview.EducationLevel", "Vocational"), ("Interview.Availability", "PartTime"),
            ("Interview.InterviewedOn", Typed(today.AddDays(-1)))];
        AssertRefused(await SubmitAsync(browser, page, "positioning-interview", [.. interview, ("Interview.AvailableFrom", Wrong)]), "Disponible à partir du");
        Assert.Equal(0, await app.QueryAsync(db => db.PositioningRecords.CountAsync()));
        var from = today.AddDays(10);
        Assert.Contains("Enregistré.", await SubmitAsync(browser, page, "positioning-interview", [.. interview, ("Interview.AvailableFrom", Typed(from, "dd-MM-yyyy"))]),
            StringComparison.Ordinal);
        var record = await app.QueryAsync(db => db.PositioningRecords.Select(r => new { r.InterviewedOn, r.AvailableFrom }).SingleAsync());
        Assert.Equal((today.AddDays(-1), from), (record.InterviewedOn, record.AvailableFrom!.Value));

        (string, string)[] test = [("Test.Kind", "French"), ("Test.ResultLevel", "C1"), ("Test.AssessedBy", "Institut français de Rabat")];
        AssertRefused(await SubmitAsync(browser, page, "test", [.. test, ("Test.TakenOn", Wrong)]), "Date du test");
        Assert.Equal(0, await app.QueryAsync(db => db.KeySkillsTests.CountAsync()));
        var taken = today.AddDays(-2);
        Assert.Contains("Enregistré.", await SubmitAsync(browser, page, "test", [.. test, ("Test.TakenOn", Typed(taken))]), StringComparison.Ordinal);
        Assert.Equal(taken, await app.QueryAsync(db => db.KeySkillsTests.Select(t => t.TakenOn).SingleAsync()));

        (string, string)[] tryout = [("Tryout.EmployerName", "Centre d'appels Atlantic Contact"), ("Tryout.OccupationCode", "OCC-CALL-CENTRE-AGENT"),
            ("Tryout.Outcome", "Conclusive"), ("Tryout.StartsOn", Typed(today.AddDays(-10)))];
        AssertRefused(await SubmitAsync(browser, page, "tryout", [.. tryout, ("Tryout.EndsOn", Wrong)]), "Fin");
        Assert.Equal(0, await app.QueryAsync(db => db.JobTryouts.CountAsync()));
        var ends = today.AddDays(-6);
        Assert.Contains("Enregistré.", await SubmitAsync(browser, page, "tryout", [.. tryout, ("Tryout.EndsOn", Typed(ends, "dd-MM-yyyy"))]), StringComparison.Ordinal);
        var stored = await app.QueryAsync(db => db.JobTryouts.Select(t => new { t.StartsOn, t.EndsOn }).SingleAsync());
        Assert.Equal((today.AddDays(-10), ends), (stored.StartsOn, stored.EndsOn));
    }

    [Fact]
    public async Task The_outreach_activity_takes_a_typed_date_and_refuses_a_wrong_one()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Agent);
        var agentId = await UserIdAsync(app, Agent);
        (string, string)[] fields = [("Form.Time", "10:00"), ("Form.Status", "Done"), ("Form.City", "Casablanca"), ("Form.RegionCode", "MA-06"),
            ("Form.VenueType", "Market"), ("Form.VenueName", "Souk Hay Mohammadi"), ("Form.AgentIds", agentId.ToString()), ("Form.Languages", "fr")];

        var wrong = await SubmitAsync(browser, "/outreach/activities/new", "outreach-activity", [.. fields, ("Form.Date", Wrong)]);
        AssertRefused(wrong, "Date");
        Assert.Equal(0, await app.QueryAsync(db => db.OutreachActivities.CountAsync()));

        var day = app.Today.AddDays(-2);
        var saved = await browser.SubmitFormAsync("/outreach/activities/new", "outreach-activity", [.. fields, ("Form.Date", Typed(day, "dd-MM-yyyy"))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plannedAt = await app.QueryAsync(db => db.OutreachActivities.Select(a => a.PlannedAt).SingleAsync());
        Assert.Equal(day.ToDateTime(new TimeOnly(10, 0)), SiteTime.ToLocal(plannedAt));
        Assert.Contains($"value=\"{Typed(day)}\"", await (await browser.GetAsync(saved.Target())).ReadHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_programme_editor_takes_typed_period_and_rule_dates_and_refuses_a_wrong_one()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Admin);
        (string, string)[] fields =
        [
            ("Code", "embauche-rabat"), ("Name", "Prime à l'embauche Rabat"), ("Kind", "HiringIncentive"), ("Funder", "Enabel"),
            ("Budget", "250000"), ("StartsOn", "15/03/2026"), ("EndsOn", "15-03-2027"), ("DecisionDays", "30"),
            ("AmountPolicy", "Ceiling"), ("Amount", "20000"),
            ("Tranche0.Condition", "EmploymentConfirmed"), ("Tranche0.Percent", "100"), ("Tranche0.Month", "1"),
            ("Rule.CompanyCreatedAfter.On", "true"),
        ];

        var wrong = await SubmitAsync(browser, "/programmes/new", "programme", [.. fields, ("Rule.CompanyCreatedAfter.Date", Wrong)]);
        AssertRefused(wrong, "Date");
        Assert.Equal(0, await app.QueryAsync(db => db.Programmes.CountAsync()));

        var saved = await browser.SubmitFormAsync("/programmes/new", "programme", [.. fields, ("Rule.CompanyCreatedAfter.Date", "01.06.2025")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var programme = await app.QueryAsync(db => db.Programmes.AsNoTracking().SingleAsync());
        Assert.Equal((new DateOnly(2026, 3, 15), new DateOnly(2027, 3, 15)), (programme.StartsOn, programme.EndsOn));
        Assert.Equal(new DateOnly(2025, 6, 1), Assert.Single(programme.Rules).Date);

        var edit = await (await browser.GetAsync($"/programmes/{programme.Id}/edit")).ReadHtmlAsync();
        Assert.Contains("value=\"15/03/2026\"", edit, StringComparison.Ordinal);
        Assert.Contains("value=\"01/06/2025\"", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_filters_take_typed_dates_and_name_a_wrong_one_without_failing()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Admin);
        var from = app.Today.AddMonths(-2);

        var typed = await browser.GetAsync($"/referrals/network?from={Typed(from)}&to={Typed(app.Today, "dd-MM-yyyy")}");
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        var html = await typed.ReadHtmlAsync();
        Assert.Contains($"export.csv?from={from:yyyy-MM-dd}&to={app.Today:yyyy-MM-dd}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("n'est pas une date", html, StringComparison.Ordinal);

        var wrong = await browser.GetAsync($"/referrals/network?from={Uri.EscapeDataString(Wrong)}&to=demain");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var refused = await wrong.ReadHtmlAsync();
        AssertRefused(refused, "Du");
        AssertRefused(refused, "Au", "demain");
        Assert.Contains("type=\"text\" inputmode=\"numeric\"", refused, StringComparison.Ordinal);
    }
}
