using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.People;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Outcomes;

public sealed class OutcomesTests
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Outcomes(Guid personId) => $"/api/v1/people/{personId}/outcomes";

    private static string Checks(Guid personId) => $"/api/v1/people/{personId}/follow-up-checks";

    private static object Employed(DateOnly startsOn, string employerName = "Restaurant Le Jardin") => new
    {
        kind = "Employed", startsOn, employerName, occupationTitle = "Commis de cuisine", occupationCode = "9412",
        contractType = "Cdd", wageBand = "SmigTo3000", workingTime = "FullTime",
    };

    private static async Task<JsonElement> RecordAsync(HttpClient client, Guid personId, object outcome)
    {
        var response = await client.PostAsJsonAsync(Outcomes(personId), outcome);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<List<(int Months, DateOnly DueOn, string Status, Guid Id)>> ChecksAsync(HttpClient client, Guid personId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(Checks(personId))).EnumerateArray().Select(c => (
            c.GetProperty("afterMonths").GetInt32(), DateOnly.Parse(c.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            c.GetProperty("status").GetString()!, c.GetProperty("id").GetGuid()))];

    private static Task<PathwayStage> StageAsync(AmudduApp app, Guid personId) =>
        app.QueryAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.Stage).SingleAsync());

    [Fact]
    public async Task A_job_schedules_checks_at_exactly_3_6_and_12_months_which_move_with_a_corrected_start_date()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var start = new DateOnly(2025, 11, 30);

        var outcome = await RecordAsync(client, personId, Employed(start));

        Assert.Equal(PathwayStage.Employed, await StageAsync(app, personId));
        Assert.Equal([(3, new DateOnly(2026, 2, 28)), (6, new DateOnly(2026, 5, 30)), (12, new DateOnly(2026, 11, 30))],
            (await ChecksAsync(client, personId)).Select(c => (c.Months, c.DueOn)));
        var first = (await ChecksAsync(client, personId))[0];
        var recorded = await client.PostAsJsonAsync($"{Checks(personId)}/{first.Id}/result", new { result = "StillInJob", note = "Satisfaite du poste" });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);

        var corrected = await client.PutAsJsonAsync($"{Outcomes(personId)}/{outcome.GetProperty("id").GetGuid()}",
            new { outcome = Employed(new DateOnly(2025, 12, 15)), version = outcome.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        var checks = await ChecksAsync(client, personId);
        Assert.Equal([(3, new DateOnly(2026, 2, 28), "Done"), (6, new DateOnly(2026, 6, 15), "Pending"), (12, new DateOnly(2026, 12, 15), "Pending")],
            checks.Select(c => (c.Months, c.DueOn, c.Status)));
        Assert.Single(await app.AuditAsync(OutcomesAudit.Recorded));
        Assert.Single(await app.AuditAsync(OutcomesAudit.Corrected));
        Assert.Single(await app.AuditAsync(OutcomesAudit.CheckRecorded));
    }

    [Fact]
    public async Task Each_kind_is_validated_naming_the_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var today = app.Today;
        var anapec = await app.QueryAsync(db => db.Organisations.Where(o => o.Acronym == "ANAPEC").Select(o => o.Id).SingleAsync());
        var employer = await app.QueryAsync(db => db.Organisations.Where(o => o.Kind == Web.Features.Organisations.OrganisationKind.Employer).Select(o => o.Id).SingleAsync());

        async Task<JsonElement> ErrorsAsync(object body) =>
            (await (await client.PostAsJsonAsync(Outcomes(personId), body)).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");

        var employed = await ErrorsAsync(new { kind = "Employed", startsOn = new DateOnly(1999, 12, 31) });
        Assert.Equal("Give the employer: choose a registered employer or type its name.", employed.GetProperty("employerName")[0].GetString());
        Assert.Equal("Start date cannot be before 2000.", employed.GetProperty("startsOn")[0].GetString());
        foreach (var field in new[] { "occupationTitle", "contractType", "wageBand", "workingTime" })
        {
            Assert.True(employed.TryGetProperty(field, out _), field);
        }

        var unknownEmployer = await ErrorsAsync(new
        {
            kind = "Employed", startsOn = today.AddYears(1).AddDays(1), employerOrganisationId = Guid.NewGuid(), occupationTitle = "Soudeur",
            contractType = "Cdi", wageBand = "Above8000", workingTime = "PartTime",
        });
        Assert.True(unknownEmployer.TryGetProperty("employerOrganisationId", out _));
        Assert.Equal("The start date cannot be more than a year ahead.", unknownEmployer.GetProperty("startsOn")[0].GetString());
        var notAnEmployer = await ErrorsAsync(new
        {
            kind = "Employed", startsOn = today, employerOrganisationId = anapec, occupationTitle = "Soudeur", contractType = "Cdi",
            wageBand = "Above8000", workingTime = "PartTime",
        });
        Assert.True(notAnEmployer.TryGetProperty("employerOrganisationId", out _));

        var cooperative = await ErrorsAsync(new { kind = "SelfEmployed", startsOn = today, activity = "Couture", selfEmploymentStatus = "CooperativeMember" });
        Assert.Equal("Cooperative's name is required.", cooperative.GetProperty("cooperativeName")[0].GetString());
        var training = await ErrorsAsync(new { kind = "InTraining", startsOn = today, trainingTitle = "Soudure", providerName = "OFPPT", expectedEndOn = today.AddDays(-1) });
        Assert.Equal("The expected end cannot be before the start.", training.GetProperty("expectedEndOn")[0].GetString());
        var exited = await ErrorsAsync(new { kind = "Exited", startsOn = today.AddDays(1) });
        Assert.Equal("The exit date cannot be in the future.", exited.GetProperty("startsOn")[0].GetString());
        Assert.True(exited.TryGetProperty("exitReason", out _));
        var other = await ErrorsAsync(new { kind = "Exited", startsOn = today, exitReason = "Other" });
        Assert.True(other.TryGetProperty("note", out _));
        Assert.True((await ErrorsAsync(new { startsOn = today })).TryGetProperty("kind", out _));

        var badEnum = await (await client.PostAsJsonAsync(Outcomes(personId), new { kind = "Employed", contractType = "Freelance" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badEnum.GetProperty("errors").TryGetProperty("contractType", out _));
        var badDate = await (await client.PostAsJsonAsync(Outcomes(personId), new { kind = "Exited", startsOn = "2025-02-30" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badDate.GetProperty("errors").TryGetProperty("startsOn", out _));
        Assert.Equal(0, await app.QueryAsync(db => db.Outcomes.CountAsync()));

        var registered = await RecordAsync(client, personId, new
        {
            kind = "Employed", startsOn = today, employerOrganisationId = employer, employerName = "ignored?", occupationTitle = "Opératrice de confection",
            contractType = "Cdi", wageBand = "From3000To5000", workingTime = "FullTime", activity = "not an activity",
        });
        Assert.Equal(employer, registered.GetProperty("employerOrganisationId").GetGuid());
        Assert.Equal(JsonValueKind.Null, registered.GetProperty("activity").ValueKind);
        var coop = await RecordAsync(client, personId, new
        {
            kind = "SelfEmployed", startsOn = today, activity = "Couture", selfEmploymentStatus = "CooperativeMember", cooperativeName = "Coopérative Nour",
        });
        Assert.Equal("Coopérative Nour", coop.GetProperty("cooperativeName").GetString());
    }

    [Fact]
    public async Task Without_a_consent_to_processing_no_outcome_or_check_is_written()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var outcome = await RecordAsync(client, personId, Employed(app.Today.AddMonths(-4)));
        var check = (await ChecksAsync(client, personId))[0];
        var consent = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/consents"))[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents/{consent}/withdraw", new { })).StatusCode);

        var record = await (await client.PostAsJsonAsync(Outcomes(personId), Employed(app.Today))).ProblemAsync(HttpStatusCode.Conflict);
        var correct = await (await client.PutAsJsonAsync($"{Outcomes(personId)}/{outcome.GetProperty("id").GetGuid()}",
            new { outcome = Employed(app.Today), version = 1 })).ProblemAsync(HttpStatusCode.Conflict);
        var result = await (await client.PostAsJsonAsync($"{Checks(personId)}/{check.Id}/result", new { result = "StillInJob" })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.All(new[] { record, correct, result }, p => Assert.Equal("https://amuddu.org/problems/consent-required", p.GetProperty("type").GetString()));
        Assert.Equal(1, await app.QueryAsync(db => db.Outcomes.CountAsync()));
        Assert.All(await ChecksAsync(client, personId), c => Assert.Equal("Pending", c.Status));
    }

    [Fact]
    public async Task Of_two_concurrent_corrections_one_wins_and_a_check_is_recorded_only_once()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var outcome = await RecordAsync(client, personId, Employed(app.Today.AddMonths(-4)));
        var url = $"{Outcomes(personId)}/{outcome.GetProperty("id").GetGuid()}";

        var both = await Task.WhenAll(
            client.PutAsJsonAsync(url, new { outcome = Employed(app.Today.AddMonths(-4), "Hôtel Atlas"), version = 1 }),
            client.PutAsJsonAsync(url, new { outcome = Employed(app.Today.AddMonths(-4), "Café de France"), version = 1 }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        await (await client.PutAsJsonAsync(url, new { outcome = Employed(app.Today), version = 1 })).ProblemAsync(HttpStatusCode.Conflict);

        var check = (await ChecksAsync(client, personId))[0];
        var invalid = await (await client.PostAsJsonAsync($"{Checks(personId)}/{check.Id}/result",
            new { doneOn = app.Today.AddDays(1) })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("result", out _));
        Assert.Equal("The date of the check cannot be in the future.", invalid.GetProperty("errors").GetProperty("doneOn")[0].GetString());

        var first = await client.PostAsJsonAsync($"{Checks(personId)}/{check.Id}/result", new { result = "Unreachable" });
        var second = await (await client.PostAsJsonAsync($"{Checks(personId)}/{check.Id}/result", new { result = "StillInJob" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("This check has already been recorded.", second.GetProperty("title").GetString());
        var stored = (await ChecksAsync(client, personId))[0];
        Assert.Equal("Missed", stored.Status);
    }

    [Fact]
    public async Task The_latest_outcome_gives_the_stage_and_drops_the_pending_checks_of_the_job_it_follows()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        await RecordAsync(client, personId, Employed(app.Today.AddMonths(-4)));
        var threeMonths = (await ChecksAsync(client, personId))[0];
        await client.PostAsJsonAsync($"{Checks(personId)}/{threeMonths.Id}/result", new { result = "StillInJob" });

        await RecordAsync(client, personId, new { kind = "Exited", startsOn = app.Today, exitReason = "LeftMorocco" });
        Assert.Equal(PathwayStage.Exited, await StageAsync(app, personId));
        Assert.Equal([(3, "Done")], (await ChecksAsync(client, personId)).Select(c => (c.Months, c.Status)));

        // An earlier training recorded afterwards does not change where the person is now.
        await RecordAsync(client, personId, new
        {
            kind = "InTraining", startsOn = app.Today.AddYears(-1), trainingTitle = "Cuisine", providerName = "OFPPT", expectedEndOn = app.Today.AddMonths(-6),
        });
        Assert.Equal(PathwayStage.Exited, await StageAsync(app, personId));
        var list = await client.GetFromJsonAsync<JsonElement>(Outcomes(personId));
        Assert.Equal(["Exited", "Employed", "InTraining"], list.EnumerateArray().Select(o => o.GetProperty("kind").GetString()));

        var selfEmployed = await RecordAsync(client, personId, new
        {
            kind = "SelfEmployed", startsOn = app.Today.AddDays(1), activity = "Tresses", selfEmploymentStatus = "AutoEntrepreneur",
        });
        Assert.Equal(PathwayStage.SelfEmployed, await StageAsync(app, personId));
        Assert.Equal(3, (await ChecksAsync(client, personId)).Count(c => c.Status == "Pending"));
        Assert.Equal(JsonValueKind.Null, selfEmployed.GetProperty("cooperativeName").ValueKind);
    }

    [Fact]
    public async Task Another_organisation_gets_not_found_on_every_outcome_route()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var outcome = await RecordAsync(client, personId, Employed(app.Today.AddMonths(-4)));
        var check = (await ChecksAsync(client, personId))[0];
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);

        await (await ngo.GetAsync(Outcomes(personId))).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync(Outcomes(personId), Employed(app.Today))).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PutAsJsonAsync($"{Outcomes(personId)}/{outcome.GetProperty("id").GetGuid()}", new { outcome = Employed(app.Today), version = 1 }))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.GetAsync(Checks(personId))).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync($"{Checks(personId)}/{check.Id}/result", new { result = "StillInJob" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"{Checks(personId)}/{Guid.NewGuid()}/result", new { result = "StillInJob" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutAsJsonAsync($"{Outcomes(personId)}/{Guid.NewGuid()}", new { outcome = Employed(app.Today), version = 1 })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.All(await ChecksAsync(client, personId), c => Assert.Equal("Pending", c.Status));
    }

    [Fact]
    public async Task The_counsellor_s_home_page_lists_checks_overdue_or_due_within_two_weeks()
    {
        await using var app = await AmudduApp.StartAsync();
        var today = app.Today;
        var (client, soon) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var (_, overdue) = await app.RegisterSomeoneAsync("Moussa", "Keita", "ML");
        var (_, later) = await app.RegisterSomeoneAsync("Grace", "Mbeki", "CM");
        await RecordAsync(client, soon, Employed(today.AddDays(10).AddMonths(-3)));
        await RecordAsync(client, overdue, Employed(today.AddDays(-10).AddMonths(-3)));
        await RecordAsync(client, later, Employed(today.AddDays(-20)));
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var home = await (await browser.GetAsync("/home")).ReadHtmlAsync();

        Assert.Contains("Suivis en retard ou à faire dans les 14 jours", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{soon}/outcomes\">Awa Sow</a>", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{overdue}/outcomes\">Moussa Keita</a>", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Grace Mbeki", home, StringComparison.Ordinal);
        // The overdue line reads "Suivi à 3 mois · 27/11/2026 en retard", a space between the date and the words, on the home and the full list.
        foreach (var page in new[] { home, await (await browser.GetAsync("/home/due-checks")).ReadHtmlAsync() })
        {
            var line = Regex.Match(page, $"href=\"/people/{overdue}/outcomes\">Moussa Keita</a>\\s*<span class=\"meta\">(.*?)</span>", RegexOptions.Singleline);
            Assert.True(line.Success, "no line for the overdue check");
            Assert.Matches(@"^Suivi à 3 mois · \d{2}/\d{2}/\d{4} en retard$", Regex.Replace(line.Groups[1].Value, "<[^>]+>", ""));
        }

        var other = app.CreateBrowser();
        await app.WebSignInAsync(other, Demo.SelfEmployment);
        Assert.DoesNotContain("Awa Sow", await (await other.GetAsync("/home")).ReadHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outcome_page_records_and_corrects_an_outcome_and_keeps_what_was_typed_when_wrong()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/outcomes/new";
        var start = app.Today.AddMonths(-3).ToString("yyyy-MM-dd");

        var wrong = await (await browser.SubmitFormAsync(page, "outcome",
            ("Input.Kind", "SelfEmployed"), ("Input.StartsOn", start), ("Input.Activity", "Couture et retouches"),
            ("Input.SelfEmploymentStatus", "CooperativeMember"))).ReadHtmlAsync();
        Assert.Contains("Le champ « Nom de la coopérative » est obligatoire.", wrong, StringComparison.Ordinal);
        Assert.Contains("value=\"Couture et retouches\"", wrong, StringComparison.Ordinal);
        Assert.Contains("value=\"CooperativeMember\" selected", wrong, StringComparison.Ordinal);

        var saved = await browser.SubmitFormAsync(page, "outcome",
            ("Input.Kind", "SelfEmployed"), ("Input.StartsOn", start), ("Input.Activity", "Couture et retouches"),
            ("Input.SelfEmploymentStatus", "CooperativeMember"), ("Input.CooperativeName", "Coopérative Nour"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var outcome = await app.QueryAsync(db => db.Outcomes.AsNoTracking().SingleAsync());
        Assert.Equal("Coopérative Nour", outcome.CooperativeName);

        var corrected = await browser.SubmitFormAsync($"/people/{personId}/outcomes/{outcome.Id}/edit", "outcome",
            ("Input.Kind", "SelfEmployed"), ("Input.StartsOn", start), ("Input.Activity", "Couture et retouches"),
            ("Input.SelfEmploymentStatus", "CooperativeMember"), ("Input.CooperativeName", "Coopérative Nour de couture"));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal("Coopérative Nour de couture", await app.QueryAsync(db => db.Outcomes.Select(o => o.CooperativeName).SingleAsync()));

        var file = await (await browser.GetAsync($"/people/{personId}/outcomes")).ReadHtmlAsync();
        Assert.Contains("Couture et retouches · Membre d'une coopérative · Coopérative Nour de couture", file, StringComparison.Ordinal);
        Assert.Contains("Suivi à 3 mois", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outcome_page_takes_a_date_typed_day_first_and_refuses_a_wrong_one_naming_the_field_with_the_text_kept()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/outcomes/new";
        (string, string)[] fields = [("Input.Kind", "SelfEmployed"), ("Input.Activity", "Couture et retouches"), ("Input.SelfEmploymentStatus", "AutoEntrepreneur")];

        var wrong = await (await browser.SubmitFormAsync(page, "outcome", [.. fields, ("Input.StartsOn", "31/02/2027")])).ReadHtmlAsync();
        Assert.Contains("Date (début, ou sortie du programme) : « 31/02/2027 » n'est pas une date.", wrong, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2027\"", wrong, StringComparison.Ordinal);
        Assert.Empty(await app.QueryAsync(db => db.Outcomes.ToListAsync()));

        var start = app.Today.AddMonths(-3);
        var saved = await browser.SubmitFormAsync(page, "outcome",
            [.. fields, ("Input.StartsOn", start.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(start, await app.QueryAsync(db => db.Outcomes.Select(o => o.StartsOn).SingleAsync()));
    }

    [Fact]
    public async Task The_file_page_records_a_check_result_and_explains_a_wrong_one()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        await RecordAsync(client, personId, Employed(app.Today.AddMonths(-4)));
        var check = (await ChecksAsync(client, personId))[0];
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/outcomes";

        var wrong = await (await browser.SubmitFormAsync(page, "record-check",
            ("Check.CheckId", check.Id.ToString()), ("Check.Result", ""), ("Check.Note", "Injoignable deux fois"))).ReadHtmlAsync();
        Assert.Contains("Le champ « Résultat » est obligatoire.", wrong, StringComparison.Ordinal);
        Assert.Contains(">Injoignable deux fois</textarea>", wrong, StringComparison.Ordinal);

        var saved = await (await browser.SubmitFormAsync(page, "record-check",
            ("Check.CheckId", check.Id.ToString()), ("Check.Result", "ChangedJob"), ("Check.Note", "Travaille maintenant dans un hôtel"))).ReadHtmlAsync();
        Assert.Contains("Enregistré.", saved, StringComparison.Ordinal);
        Assert.Contains("A changé d'emploi", saved, StringComparison.Ordinal);
        Assert.Equal("Done", (await ChecksAsync(client, personId))[0].Status);
    }

    [Fact]
    public async Task The_personal_data_section_exports_outcomes_and_erases_names_but_keeps_what_indicators_count()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        await RecordAsync(client, personId, Employed(app.Today.AddMonths(-4), "Hôtel Kenzi"));
        var check = (await ChecksAsync(client, personId))[0];
        await client.PostAsJsonAsync($"{Checks(personId)}/{check.Id}/result", new { result = "StillInJob", note = "Toujours à l'accueil" });

        await using var scope = app.Services.CreateAsyncScope();
        var section = scope.ServiceProvider.GetServices<IPersonalDataSection>().Single(s => s.Name == "outcomes");
        var export = JsonSerializer.Serialize(await section.ExportAsync(personId, CancellationToken.None), Readable);
        var timeline = await section.TimelineAsync(personId, CancellationToken.None);
        await section.EraseAsync(personId, CancellationToken.None);

        Assert.Contains("Hôtel Kenzi", export, StringComparison.Ordinal);
        Assert.Contains("Toujours à l'accueil", export, StringComparison.Ordinal);
        Assert.Equal(2, timeline.Count);
        var outcome = await app.QueryAsync(db => db.Outcomes.AsNoTracking().SingleAsync());
        Assert.Null(outcome.EmployerName);
        Assert.Equal(ContractType.Cdd, outcome.ContractType);
        Assert.Equal(WageBand.SmigTo3000, outcome.WageBand);
        var checks = await app.QueryAsync(db => db.FollowUpChecks.AsNoTracking().ToListAsync());
        Assert.All(checks, c => Assert.Null(c.NoteCipher));
        Assert.Contains(checks, c => c.Result == CheckResult.StillInJob);
    }
}
