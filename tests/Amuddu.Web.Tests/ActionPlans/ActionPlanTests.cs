using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.People;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.ActionPlans;

public sealed class ActionPlanTests
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    private static Task<Guid> UserIdAsync(AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static Task<PathwayStage> StageAsync(AmudduApp app, Guid personId) =>
        app.QueryAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.Stage).SingleAsync());

    private static async Task<JsonElement> AddStepAsync(HttpClient client, Guid personId, string owner, DateOnly due, string kind = "LanguageCourse")
    {
        var response = await client.PostAsJsonAsync($"/api/v1/people/{personId}/action-plan/steps",
            new { kind, title = "Cours de français A2", detail = "Deux soirs par semaine", owner, dueOn = Iso(due) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_plan_is_agreed_its_steps_carried_and_done_and_the_person_moves_into_the_action_plan_stage()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var counsellor = await UserIdAsync(app, Demo.Counsellor);
        var url = $"/api/v1/people/{personId}/action-plan";

        var empty = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(0, empty.GetProperty("version").GetInt64());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("id").ValueKind);

        var saved = await client.PutAsJsonAsync(url, new { goal = "Trouver un emploi en cuisine", status = "Draft", agreedOn = Iso(app.Today), agreementMethod = "Signed", version = 0 });
        var plan = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Active", plan.GetProperty("status").GetString());
        Assert.Equal(counsellor, plan.GetProperty("agreementRecordedBy").GetGuid());
        Assert.Equal(PathwayStage.InActionPlan, await StageAsync(app, personId));

        var own = await AddStepAsync(client, personId, "person", app.Today.AddDays(10));
        var theirs = await AddStepAsync(client, personId, counsellor.ToString(), app.Today.AddDays(20), "JobTryout");
        Assert.Equal("person", own.GetProperty("owner").GetString());
        Assert.Equal(counsellor.ToString(), theirs.GetProperty("owner").GetString());
        Assert.Equal("Planned", own.GetProperty("status").GetString());

        var done = await client.PutAsJsonAsync($"{url}/steps/{own.GetProperty("id").GetGuid()}", new
        {
            kind = "LanguageCourse", title = "Cours de français A2", owner = "person", dueOn = Iso(app.Today.AddDays(10)), status = "Done", version = 1,
        });
        var step = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(Iso(app.Today), step.GetProperty("completedOn").GetString());
        Assert.Equal(2, step.GetProperty("version").GetInt64());

        var read = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(2, read.GetProperty("steps").GetArrayLength());
        Assert.Single(await app.AuditAsync(ActionPlanAudit.PlanSaved));
        Assert.Single(await app.AuditAsync(ActionPlanAudit.AgreementRecorded));
        Assert.Equal(2, (await app.AuditAsync(ActionPlanAudit.StepAdded)).Count);
        Assert.Single(await app.AuditAsync(ActionPlanAudit.StepUpdated));
    }

    [Fact]
    public async Task The_first_step_starts_a_draft_plan_and_never_moves_a_person_back_from_an_outcome()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Ibrahim", "Keita", "ML");
        var (_, employedId) = await app.RegisterSomeoneAsync("Grace", "Okafor", "NG");
        await app.QueryAsync(db => db.People.Where(p => p.Id == employedId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stage, PathwayStage.Employed)));

        await AddStepAsync(client, personId, "person", app.Today.AddDays(5));
        await AddStepAsync(client, employedId, "person", app.Today.AddDays(5));

        var plan = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/action-plan");
        Assert.Equal("Draft", plan.GetProperty("status").GetString());
        Assert.Equal(1, plan.GetProperty("version").GetInt64());
        Assert.Equal(PathwayStage.InActionPlan, await StageAsync(app, personId));
        Assert.Equal(PathwayStage.Employed, await StageAsync(app, employedId));
    }

    [Fact]
    public async Task Bad_plans_and_steps_are_refused_naming_each_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Moussa", "Traoré", "ML", "en");
        var ngoCounsellor = await UserIdAsync(app, Demo.NgoCounsellor);
        var url = $"/api/v1/people/{personId}/action-plan";

        var plan = await (await client.PutAsJsonAsync(url, new { goal = "", status = "Active", agreedOn = Iso(app.Today.AddDays(3)), version = 0 }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var unknownStatus = await (await client.PutAsJsonAsync(url, new { goal = "x", status = "Dreaming", version = 0 })).ProblemAsync(HttpStatusCode.BadRequest);
        var unagreed = await (await client.PutAsJsonAsync(url, new { goal = "x", status = "Completed", version = 0 })).ProblemAsync(HttpStatusCode.BadRequest);
        var step = await (await client.PostAsJsonAsync($"{url}/steps", new { title = new string('x', 201), owner = ngoCounsellor, dueOn = Iso(app.Today.AddDays(-2)) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var unknownKind = await (await client.PostAsJsonAsync($"{url}/steps", new { kind = "Juggling", title = "x", owner = "person", dueOn = Iso(app.Today) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var impossible = await (await client.PostAsJsonAsync($"{url}/steps", new { kind = "Other", title = "x", owner = "person", dueOn = "2026-02-30" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var madeUpOwner = await (await client.PostAsJsonAsync($"{url}/steps", new { kind = "Other", title = "x", owner = Guid.NewGuid(), dueOn = Iso(app.Today.AddYears(6)) }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["agreedOn", "agreementMethod", "goal"], plan.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.True(unknownStatus.GetProperty("errors").TryGetProperty("status", out _));
        Assert.Equal("An active or completed plan needs the person's agreement (date and form).", unagreed.GetProperty("errors").GetProperty("agreedOn")[0].GetString());
        Assert.Equal(["dueOn", "kind", "owner", "title"], step.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.True(unknownKind.GetProperty("errors").TryGetProperty("kind", out _));
        Assert.True(impossible.GetProperty("errors").TryGetProperty("dueOn", out _));
        Assert.Equal(["dueOn", "owner"], madeUpOwner.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(0, await app.QueryAsync(db => db.ActionPlans.CountAsync()));
    }

    [Fact]
    public async Task Without_a_consent_to_processing_no_plan_or_step_is_written()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Yaya", "Camara", "GN", "en", minimal: true);
        var url = $"/api/v1/people/{personId}/action-plan";

        var plan = await (await client.PutAsJsonAsync(url, new { goal = "Emploi", status = "Draft", version = 0 })).ProblemAsync(HttpStatusCode.Conflict);
        var step = await (await client.PostAsJsonAsync($"{url}/steps", new { kind = "Other", title = "x", owner = "person", dueOn = Iso(app.Today) }))
            .ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("https://amuddu.org/problems/consent-required", plan.GetProperty("type").GetString());
        Assert.Equal("https://amuddu.org/problems/consent-required", step.GetProperty("type").GetString());

        await client.GiveProcessingConsentAsync(personId, app.Today);
        var added = await AddStepAsync(client, personId, "person", app.Today);
        var consentId = await app.QueryAsync(db => db.Consents.Where(c => c.PersonId == personId).Select(c => c.Id).SingleAsync());
        await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents/{consentId}/withdraw", new { note = (string?)null });
        var update = await (await client.PutAsJsonAsync($"{url}/steps/{added.GetProperty("id").GetGuid()}",
            new { kind = "Other", title = "x", owner = "person", dueOn = Iso(app.Today), status = "Done", version = 1 })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("https://amuddu.org/problems/consent-required", update.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Of_two_edits_from_the_same_version_one_wins_and_the_other_gets_409()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Esther", "Kabila", "CD");
        var colleague = await app.ApiClientAsync(Demo.Counsellor);
        var url = $"/api/v1/people/{personId}/action-plan";
        await client.PutAsJsonAsync(url, new { goal = "Emploi", status = "Draft", version = 0 });
        var stepId = (await AddStepAsync(client, personId, "person", app.Today.AddDays(3))).GetProperty("id").GetGuid();

        var plans = await Task.WhenAll(
            client.PutAsJsonAsync(url, new { goal = "Emploi dans le textile", status = "Draft", version = 1 }),
            colleague.PutAsJsonAsync(url, new { goal = "Emploi en cuisine", status = "Abandoned", version = 1 }));
        var steps = await Task.WhenAll(
            client.PutAsJsonAsync($"{url}/steps/{stepId}", new { kind = "Other", title = "a", owner = "person", dueOn = Iso(app.Today), status = "Done", version = 1 }),
            colleague.PutAsJsonAsync($"{url}/steps/{stepId}", new { kind = "Other", title = "b", owner = "person", dueOn = Iso(app.Today), status = "Cancelled", version = 1 }));
        var late = await client.PutAsJsonAsync(url, new { goal = "Encore", status = "Draft", version = 1 });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], plans.Select(r => r.StatusCode).Order());
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], steps.Select(r => r.StatusCode).Order());
        await late.ProblemAsync(HttpStatusCode.Conflict);
        var plan = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(2, plan.GetProperty("version").GetInt64());
        Assert.Equal(2, plan.GetProperty("steps")[0].GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Another_organisation_gets_404_on_every_action_plan_route()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Omar", "Haddad", "SY");
        var stepId = (await AddStepAsync(client, personId, "person", app.Today.AddDays(3))).GetProperty("id").GetGuid();
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);
        var url = $"/api/v1/people/{personId}/action-plan";

        await (await ngo.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PutAsJsonAsync(url, new { goal = "x", status = "Draft", version = 1 })).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync($"{url}/steps", new { kind = "Other", title = "x", owner = "person", dueOn = Iso(app.Today) })).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PutAsJsonAsync($"{url}/steps/{stepId}", new { kind = "Other", title = "x", owner = "person", dueOn = Iso(app.Today), status = "Done", version = 1 }))
            .ProblemAsync(HttpStatusCode.NotFound);
        // A step id under another of one's own people is not found either.
        var (_, otherId) = await app.RegisterSomeoneAsync("Hiba", "Al-Amri", "YE");
        await (await client.PutAsJsonAsync($"/api/v1/people/{otherId}/action-plan/steps/{stepId}",
            new { kind = "Other", title = "x", owner = "person", dueOn = Iso(app.Today), status = "Done", version = 1 })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Planned", (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("steps")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Overdue_steps_are_flagged_and_listed_on_the_counsellor_s_home_page()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Joseph", "Mbeki", "CM");
        var late = await AddStepAsync(client, personId, "person", app.Today.AddDays(1), "DocumentRenewal");
        var finished = await AddStepAsync(client, personId, "person", app.Today.AddDays(1), "JobSearchWorkshop");
        await client.PutAsJsonAsync($"/api/v1/people/{personId}/action-plan/steps/{finished.GetProperty("id").GetGuid()}",
            new { kind = "JobSearchWorkshop", title = "Atelier CV", owner = "person", dueOn = Iso(app.Today.AddDays(1)), status = "Done", version = 1 });

        app.Clock.Advance(TimeSpan.FromDays(3));
        client = await app.ApiClientAsync(Demo.Counsellor);
        var plan = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/action-plan");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var home = await (await browser.GetAsync("/home")).ReadHtmlAsync();

        var overdue = plan.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("kind").GetString()!, s => s.GetProperty("overdue").GetBoolean());
        Assert.True(overdue["DocumentRenewal"]);
        Assert.False(overdue["JobSearchWorkshop"]);
        Assert.Contains("Étapes en retard", home, StringComparison.Ordinal);
        // Grouped by person with a count, and by kind: the done step counts in neither.
        Assert.Matches($"<li data-person=\"{personId}\">\\s*<a href=\"/people/{personId}/action-plan\">Joseph Mbeki</a>\\s*<span class=\"badge badge-danger badge-count\"[^>]*>1</span>", home);
        Assert.Contains("data-kind=\"DocumentRenewal\">Renouvellement de document", home, StringComparison.Ordinal);
        Assert.DoesNotContain("data-kind=\"JobSearchWorkshop\"", home, StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, late.GetProperty("id").GetGuid());

        // The file's plan reads "10/12/2026 En retard", a space between the date and the words.
        var section = await (await browser.GetAsync($"/people/{personId}/action-plan")).ReadHtmlAsync();
        var row = Regex.Match(section, $"<tr class=\"overdue\" data-step=\"{late.GetProperty("id").GetGuid()}\".*?</tr>",
            RegexOptions.Singleline).Value;
        Assert.Contains($"{app.Today.AddDays(-2):dd/MM/yyyy} En retard", Regex.Replace(row, "<[^>]+>", ""), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dd/MM/yyyy")]
    [InlineData("d-M-yyyy")]
    public async Task The_step_form_takes_a_due_date_typed_day_first_and_refuses_one_that_is_not_a_date(string format)
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Fatoumata", "Bamba", "CI");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/action-plan";
        await browser.SubmitFormAsync(page, "save-plan", ("Plan.Goal", "Devenir aide-soignante"), ("Plan.Status", "Draft"),
            ("Plan.AgreedOn", Iso(app.Today)), ("Plan.AgreementMethod", "Oral"));

        var wrong = await (await browser.SubmitFormAsync(page, "add-step", ("Step.Kind", "VocationalTraining"), ("Step.Title", "Formation aide-soignante"),
            ("Step.Owner", "person"), ("Step.DueOn", "31/02/2027"))).ReadHtmlAsync();
        Assert.Contains("Échéance : « 31/02/2027 » n'est pas une date.", wrong, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2027\"", wrong, StringComparison.Ordinal);

        var due = app.Today.AddDays(30);
        await browser.SubmitFormAsync(page, "add-step", ("Step.Kind", "VocationalTraining"), ("Step.Title", "Formation aide-soignante"),
            ("Step.Owner", "person"), ("Step.DueOn", due.ToString(format, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(due, await app.QueryAsync(db => db.ActionPlanSteps.Select(s => s.DueOn).SingleAsync()));
    }

    [Fact]
    public async Task The_file_page_saves_the_plan_adds_steps_keeps_bad_input_and_marks_a_step_done()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Fatoumata", "Bamba", "CI");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/action-plan";

        var plan = await (await browser.SubmitFormAsync(page, "save-plan", ("Plan.Goal", "Devenir aide-soignante"), ("Plan.Status", "Draft"),
            ("Plan.AgreedOn", Iso(app.Today)), ("Plan.AgreementMethod", "Oral"))).ReadHtmlAsync();
        var bad = await (await browser.SubmitFormAsync(page, "add-step", ("Step.Kind", "VocationalTraining"), ("Step.Title", "Formation aide-soignante"),
            ("Step.Owner", "person"), ("Step.DueOn", Iso(app.Today.AddYears(9))))).ReadHtmlAsync();
        var good = await (await browser.SubmitFormAsync(page, "add-step", ("Step.Kind", "VocationalTraining"), ("Step.Title", "Formation aide-soignante"),
            ("Step.Owner", "person"), ("Step.DueOn", Iso(app.Today.AddDays(30))))).ReadHtmlAsync();
        var stepId = await app.QueryAsync(db => db.ActionPlanSteps.Select(s => s.Id).SingleAsync());
        var done = await (await browser.SubmitFormAsync(page, "step-done", ("DoneStep", $"{stepId}/1"))).ReadHtmlAsync();

        Assert.Contains("data-plan-status=\"Active\"", plan, StringComparison.Ordinal);
        Assert.Contains("Devenir aide-soignante", plan, StringComparison.Ordinal);
        // The file's heading shows the stage the agreement moved her to, not the one read before the form was handled.
        Assert.Contains("· En plan d'action", plan, StringComparison.Ordinal);
        Assert.Contains("L'échéance ne peut pas précéder la création du plan ni dépasser cinq ans.", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"Formation aide-soignante\"", bad, StringComparison.Ordinal);
        Assert.Contains($"data-step=\"{stepId}\" data-step-status=\"Planned\"", good, StringComparison.Ordinal);
        Assert.Contains($"data-step=\"{stepId}\" data-step-status=\"Done\"", done, StringComparison.Ordinal);
        Assert.Equal(PathwayStage.InActionPlan, await StageAsync(app, personId));
    }

    [Fact]
    public async Task The_step_page_edits_a_step_and_tells_of_a_colleague_s_change()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Rania", "Haddad", "SY");
        var stepId = (await AddStepAsync(client, personId, "person", app.Today.AddDays(8))).GetProperty("id").GetGuid();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/action-plan/steps/{stepId}";

        var saved = await (await browser.SubmitFormAsync(page, "edit-step", ("Step.Kind", "LanguageCourse"), ("Step.Title", "Cours de français B1"),
            ("Step.Owner", "person"), ("Step.DueOn", Iso(app.Today.AddDays(8))), ("Step.Status", "InProgress"))).ReadHtmlAsync();
        var stale = await (await browser.SubmitFormAsync(page, "edit-step", ("Step.Kind", "LanguageCourse"), ("Step.Title", "Autre titre"),
            ("Step.Owner", "person"), ("Step.DueOn", Iso(app.Today.AddDays(8))), ("Step.Status", "Done"), ("Step.Version", "1"))).ReadHtmlAsync();

        Assert.Contains("Enregistré.", saved, StringComparison.Ordinal);
        Assert.Contains("Quelqu'un d'autre a modifié cette fiche entre-temps.", stale, StringComparison.Ordinal);
        var step = await app.QueryAsync(db => db.ActionPlanSteps.AsNoTracking().SingleAsync());
        Assert.Equal(("Cours de français B1", StepStatus.InProgress), (step.Title, step.Status));
    }

    [Fact]
    public async Task The_personal_data_section_exports_the_plan_erases_its_words_and_tells_the_timeline()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Ahmad", "Al-Hassan", "SD");
        await client.PutAsJsonAsync($"/api/v1/people/{personId}/action-plan",
            new { goal = "Ouvrir une épicerie", status = "Active", agreedOn = Iso(app.Today), agreementMethod = "Signed", version = 0 });
        await AddStepAsync(client, personId, "person", app.Today.AddDays(8), "SelfEmploymentCoaching");

        await using var scope = app.Services.CreateAsyncScope();
        var section = scope.ServiceProvider.GetServices<IPersonalDataSection>().OfType<ActionPlanPersonalData>().Single();
        var export = JsonSerializer.Serialize(await section.ExportAsync(personId, default), new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var timeline = await section.TimelineAsync(personId, default);
        await section.EraseAsync(personId, default);

        Assert.Contains("Ouvrir une épicerie", export, StringComparison.Ordinal);
        Assert.Contains("Cours de français A2", export, StringComparison.Ordinal);
        Assert.Equal(3, timeline.Count);
        var plan = await app.QueryAsync(db => db.ActionPlans.AsNoTracking().SingleAsync());
        var step = await app.QueryAsync(db => db.ActionPlanSteps.AsNoTracking().SingleAsync());
        Assert.Null(plan.Goal);
        Assert.Equal(("", (string?)null, StepKind.SelfEmploymentCoaching, StepStatus.Planned), (step.Title, step.Detail, step.Kind, step.Status));
    }
}
