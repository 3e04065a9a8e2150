using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Amuddu.Web.Tests.Positioning.PositioningApi;

namespace Amuddu.Web.Tests.Positioning;

public sealed class PositioningTests
{
    [Fact]
    public async Task Recording_the_interview_positions_the_person_encrypts_the_note_and_audits_who_read_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var before = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}");

        var recorded = await RecordAsync(client, personId, Interview(app.Today));

        Assert.Equal("Received", before.GetProperty("stage").GetString());
        Assert.Equal(1, recorded.GetProperty("version").GetInt64());
        Assert.Equal(["Childcare", "Health"], recorded.GetProperty("constraints").EnumerateArray().Select(c => c.GetString()));
        var person = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}");
        Assert.Equal("Positioned", person.GetProperty("stage").GetString());
        Assert.Equal(before.GetProperty("version").GetInt64(), person.GetProperty("version").GetInt64());

        var stored = await app.QueryAsync(db => db.PositioningRecords.AsNoTracking().SingleAsync());
        Assert.DoesNotContain("Asthme", stored.ConstraintNoteCipher, StringComparison.Ordinal);
        Assert.Equal(PersonConstraints.Childcare | PersonConstraints.Health, stored.Constraints);

        var read = await GetAsync(client, personId);
        Assert.Equal("Asthme : éviter la poussière de chantier.", read.GetProperty("interview").GetProperty("constraintNote").GetString());
        Assert.Single(await app.AuditAsync(PositioningAudit.Recorded));
        Assert.Single(await app.AuditAsync(PositioningAudit.NoteViewed));
        var details = await app.QueryAsync(db => db.AuditEvents.AsNoTracking().Select(a => a.Detail).ToListAsync());
        Assert.DoesNotContain(details, d => d != null && d.Contains("Asthme", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, m => m.Contains("Asthme", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_health_note_is_for_employment_counsellors_only_others_neither_read_nor_overwrite_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        await RecordAsync(client, personId, Interview(app.Today));
        var selfEmployment = await app.ApiClientAsync(Demo.SelfEmployment, "en");

        var seen = (await GetAsync(selfEmployment, personId)).GetProperty("interview");
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("constraintNote").ValueKind);
        Assert.True(seen.GetProperty("constraintNoteRestricted").GetBoolean());
        Assert.Empty(await app.AuditAsync(PositioningAudit.NoteViewed));

        var written = await (await selfEmployment.PutAsJsonAsync(Url(personId), Interview(app.Today, version: 1, note: "Autre chose")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Only employment counsellors can write the note on health and constraints.",
            written.GetProperty("errors").GetProperty("constraintNote")[0].GetString());
        var changed = await RecordAsync(selfEmployment, personId, Interview(app.Today, version: 1, note: null));
        Assert.Equal(2, changed.GetProperty("version").GetInt64());

        var counsellorView = (await GetAsync(client, personId)).GetProperty("interview");
        Assert.Equal("Asthme : éviter la poussière de chantier.", counsellorView.GetProperty("constraintNote").GetString());
        Assert.False(counsellorView.GetProperty("constraintNoteRestricted").GetBoolean());
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.SelfEmployment);
        var page = await (await browser.GetAsync($"/people/{personId}/positioning")).ReadHtmlAsync();
        Assert.DoesNotContain("Asthme", page, StringComparison.Ordinal);
        Assert.Contains("reserved for employment counsellors", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_interview_needs_the_version_read_and_never_moves_the_stage_back()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        await RecordAsync(client, personId, Interview(app.Today));
        await app.QueryAsync(db => db.People.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stage, PathwayStage.InActionPlan)));

        var changed = await RecordAsync(client, personId, With(Interview(app.Today, version: 1, note: null), ("educationLevel", "Bachelor")));

        Assert.Equal("Bachelor", changed.GetProperty("educationLevel").GetString());
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("constraintNote").ValueKind);
        Assert.Equal(2, changed.GetProperty("version").GetInt64());
        Assert.Single(await app.AuditAsync(PositioningAudit.Updated));
        Assert.Equal(PathwayStage.InActionPlan, await app.QueryAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.Stage).SingleAsync()));
        // A second "first" recording, without the version, is someone else's edit: refused.
        await (await client.PutAsJsonAsync(Url(personId), Interview(app.Today))).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Two_counsellors_editing_the_same_interview_or_line_at_once_one_wins_and_the_other_gets_409()
    {
        await using var app = await AmudduApp.StartAsync();
        var (first, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var second = await app.ApiClientAsync(Demo.Counsellor, "en");
        await RecordAsync(first, personId, Interview(app.Today));
        var diploma = await AddAsync(first, personId, "diplomas", Lines(app.Today)["diplomas"]);
        var diplomaUrl = $"{Url(personId)}/diplomas/{diploma.GetProperty("id").GetGuid()}";

        var wins = await first.PutAsJsonAsync(Url(personId), With(Interview(app.Today, version: 1), ("strengths", "Version A")));
        var loses = await second.PutAsJsonAsync(Url(personId), With(Interview(app.Today, version: 1), ("strengths", "Version B")));
        var lineWins = await first.PutAsJsonAsync(diplomaUrl, With(Lines(app.Today)["diplomas"], ("title", "Bac D (A)"), ("version", 1)));
        var lineLoses = await second.PutAsJsonAsync(diplomaUrl, With(Lines(app.Today)["diplomas"], ("title", "Bac D (B)"), ("version", 1)));
        var staleRemove = await second.DeleteAsync($"{diplomaUrl}?version=1");

        Assert.Equal(HttpStatusCode.OK, wins.StatusCode);
        Assert.Equal("https://amuddu.org/problems/conflict", (await loses.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, lineWins.StatusCode);
        await lineLoses.ProblemAsync(HttpStatusCode.Conflict);
        await staleRemove.ProblemAsync(HttpStatusCode.Conflict);
        var read = await GetAsync(first, personId);
        Assert.Equal("Version A", read.GetProperty("interview").GetProperty("strengths").GetString());
        Assert.Equal("Bac D (A)", Assert.Single(read.GetProperty("diplomas").EnumerateArray()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("diplomas", "title", "Licence en gestion")]
    [InlineData("languages", "speaking", "C2")]
    [InlineData("experiences", "years", 5)]
    [InlineData("skills", "level", "Intermediate")]
    [InlineData("target-occupations", "priority", 2)]
    [InlineData("tests", "resultLevel", "B2")]
    [InlineData("tryouts", "outcome", "NotConclusive")]
    public async Task Each_list_adds_changes_and_removes_a_line_with_every_change_audited(string list, string field, object value)
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var body = Lines(app.Today)[list];

        var added = await AddAsync(client, personId, list, body);
        var lineUrl = $"{Url(personId)}/{list}/{added.GetProperty("id").GetGuid()}";
        var changed = await client.PutAsJsonAsync(lineUrl, With(body, (field, value), ("version", added.GetProperty("version").GetInt64())));
        var afterChange = await GetAsync(client, personId);
        var removed = await client.DeleteAsync(lineUrl);
        var afterRemove = await GetAsync(client, personId);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var listName = list switch { "target-occupations" => "targetOccupations", _ => list };
        var line = Assert.Single(afterChange.GetProperty(listName).EnumerateArray());
        Assert.Equal(value.ToString(), line.GetProperty(field).ToString());
        Assert.Equal(2, line.GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty(afterRemove.GetProperty(listName).EnumerateArray());
        var audited = await app.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.Action.StartsWith("positioning.item-")).ToListAsync());
        Assert.Equal(3, audited.Count);
        Assert.All(audited, a => Assert.StartsWith(list + " ", a.Detail, StringComparison.Ordinal));
        await (await client.DeleteAsync(lineUrl)).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static (string List, string Body, string[] Fields)[] BadLines(DateOnly today) =>
    [
        ("diplomas", JsonSerializer.Serialize(new { title = "", level = (string?)null, field = new string('x', 201), countryCode = "XX", year = today.Year + 1, recognition = (string?)null }),
            ["title", "level", "field", "countryCode", "year", "recognition"]),
        ("languages", JsonSerializer.Serialize(new { languageCode = "klingon", assessment = (string?)null }), ["languageCode", "understanding", "assessment"]),
        ("experiences", JsonSerializer.Serialize(new { occupationCode = "OCC-ASTRONAUT", years = 61, countryCode = "" }), ["occupationCode", "years", "countryCode"]),
        ("skills", JsonSerializer.Serialize(new { skillCode = "SK-TELEPATHY" }), ["skillCode", "level"]),
        ("target-occupations", JsonSerializer.Serialize(new { occupationCode = "", priority = 4 }), ["occupationCode", "priority"]),
        ("tests", JsonSerializer.Serialize(new { kind = "French", takenOn = today.AddDays(1), score = 101, resultLevel = "Advanced", assessedBy = new string('x', 201) }),
            ["takenOn", "score", "resultLevel", "assessedBy"]),
        ("tryouts", JsonSerializer.Serialize(new { occupationCode = "OCC-WELDER", employerOrganisationId = Guid.NewGuid(), startsOn = today.AddDays(5), endsOn = today.AddDays(1), outcome = "Conclusive", note = new string('x', 1001) }),
            ["employerOrganisationId", "endsOn", "outcome", "note"]),
    ];

    [Fact]
    public async Task Bad_input_names_each_field_in_the_caller_s_language_and_stores_nothing()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");

        foreach (var (list, body, fields) in BadLines(app.Today))
        {
            var problem = await (await client.PostAsync($"{Url(personId)}/{list}", new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
                .ProblemAsync(HttpStatusCode.BadRequest);
            var errors = problem.GetProperty("errors");
            Assert.Equal(fields.Order(), errors.EnumerateObject().Select(e => e.Name).Order());
        }

        var interview = await (await client.PutAsJsonAsync(Url(personId), new
        {
            interviewedOn = app.Today.AddDays(1), counsellorId = Guid.NewGuid(), educationLevel = (string?)null, constraints = new[] { "None" },
            constraintNote = new string('x', 2001), availability = (string?)null, availableFrom = app.Today.AddYears(5), strengths = new string('x', 1001),
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["availability", "availableFrom", "constraintNote", "constraints", "counsellorId", "educationLevel", "interviewedOn", "strengths"],
            interview.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("Interview date cannot be in the future.", interview.GetProperty("errors").GetProperty("interviewedOn")[0].GetString());

        var impossible = await (await client.PostAsync($"{Url(personId)}/tests",
            new StringContent("""{"kind":"Numeracy","takenOn":"2024-02-30","score":50}""", System.Text.Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(impossible.GetProperty("errors").TryGetProperty("takenOn", out _));
        var unknownEnum = await (await client.PostAsync($"{Url(personId)}/skills",
            new StringContent("""{"skillCode":"SK-WELDING","level":"Guru"}""", System.Text.Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unknownEnum.GetProperty("errors").TryGetProperty("level", out _));

        var stored = await GetAsync(client, personId);
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("interview").ValueKind);
        Assert.All(new[] { "diplomas", "languages", "experiences", "skills", "targetOccupations", "tests", "tryouts" },
            list => Assert.Empty(stored.GetProperty(list).EnumerateArray()));
    }

    [Fact]
    public async Task The_same_language_skill_or_target_twice_is_refused_and_a_language_test_wants_a_cefr_level()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "fr");
        var lines = Lines(app.Today);
        foreach (var list in new[] { "languages", "skills", "target-occupations" })
        {
            await AddAsync(client, personId, list, lines[list]);
            var problem = await (await client.PostAsJsonAsync($"{Url(personId)}/{list}", lines[list])).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("déjà dans la liste", problem.GetProperty("errors").EnumerateObject().Single().Value[0].GetString(), StringComparison.Ordinal);
        }

        var level = await (await client.PostAsJsonAsync($"{Url(personId)}/tests", new { kind = "English", takenOn = app.Today, resultLevel = "Intermediate" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Pour ce test, le niveau est l'un de : A1, A2, B1, B2, C1, C2.", level.GetProperty("errors").GetProperty("resultLevel")[0].GetString());
        var numeracy = await AddAsync(client, personId, "tests", new { kind = "Numeracy", takenOn = app.Today, score = 72, resultLevel = "Intermediate" });
        Assert.Equal(72, numeracy.GetProperty("score").GetInt32());
        var partner = await app.QueryAsync(db => db.Organisations.Where(o => o.Kind == Features.Organisations.OrganisationKind.Employer).Select(o => o.Id).FirstAsync());
        var tryout = await AddAsync(client, personId, "tryouts", new { employerOrganisationId = partner, occupationCode = "OCC-SEWING-OPERATOR", startsOn = app.Today.AddDays(3), endsOn = app.Today.AddDays(5), outcome = "Planned" });
        Assert.Equal(partner, tryout.GetProperty("employerOrganisationId").GetGuid());
    }

    [Fact]
    public async Task Without_a_consent_to_processing_nothing_of_the_positioning_is_written()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en", minimal: true);

        var problems = new List<JsonElement> { await (await client.PutAsJsonAsync(Url(personId), Interview(app.Today))).ProblemAsync(HttpStatusCode.Conflict) };
        foreach (var (list, body) in Lines(app.Today))
        {
            problems.Add(await (await client.PostAsJsonAsync($"{Url(personId)}/{list}", body)).ProblemAsync(HttpStatusCode.Conflict));
        }

        Assert.All(problems, p => Assert.Equal("https://amuddu.org/problems/consent-required", p.GetProperty("type").GetString()));
        Assert.Equal("Received", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}")).GetProperty("stage").GetString());

        // A line kept from before a withdrawal can be changed no more, but can still be removed.
        await client.GiveProcessingConsentAsync(personId, app.Today);
        var skill = await AddAsync(client, personId, "skills", Lines(app.Today)["skills"]);
        var consent = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/consents")).EnumerateArray().Single().GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents/{consent}/withdraw", new { })).StatusCode);
        var lineUrl = $"{Url(personId)}/skills/{skill.GetProperty("id").GetGuid()}";
        await (await client.PutAsJsonAsync(lineUrl, With(Lines(app.Today)["skills"], ("version", 1)))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(lineUrl)).StatusCode);
    }

    [Fact]
    public async Task Another_organisation_gets_404_on_every_positioning_route()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        await RecordAsync(client, personId, Interview(app.Today));
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);
        var (_, otherPerson) = await app.RegisterSomeoneAsync("Moussa", "Keita", "ML");

        await (await ngo.GetAsync(Url(personId))).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PutAsJsonAsync(Url(personId), Interview(app.Today, version: 1))).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var (list, body) in Lines(app.Today))
        {
            var line = await AddAsync(client, personId, list, body);
            var lineUrl = $"{Url(personId)}/{list}/{line.GetProperty("id").GetGuid()}";
            await (await ngo.PostAsJsonAsync($"{Url(personId)}/{list}", body)).ProblemAsync(HttpStatusCode.NotFound);
            await (await ngo.PutAsJsonAsync(lineUrl, With(body, ("version", 1)))).ProblemAsync(HttpStatusCode.NotFound);
            await (await ngo.DeleteAsync(lineUrl)).ProblemAsync(HttpStatusCode.NotFound);
            // A line reached through another person of the same organisation is not found either.
            await (await client.PutAsJsonAsync($"{Url(otherPerson)}/{list}/{line.GetProperty("id").GetGuid()}", With(body, ("version", 1)))).ProblemAsync(HttpStatusCode.NotFound);
            await (await client.DeleteAsync($"{Url(otherPerson)}/{list}/{line.GetProperty("id").GetGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        }

        var stored = await GetAsync(client, personId);
        Assert.All(new[] { "diplomas", "languages", "experiences", "skills", "targetOccupations", "tests", "tryouts" },
            list => Assert.Single(stored.GetProperty(list).EnumerateArray()));
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.NgoCounsellor);
        foreach (var page in new[] { $"/people/{personId}/positioning", $"/people/{personId}/profile" })
        {
            var html = await (await browser.GetAsync(page)).ReadHtmlAsync();
            Assert.Contains("<h1>Page introuvable</h1>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Sow", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_personal_data_section_exports_everything_erases_free_text_and_tells_the_timeline()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        await RecordAsync(client, personId, Interview(app.Today));
        foreach (var (list, body) in Lines(app.Today))
        {
            await AddAsync(client, personId, list, body);
        }

        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("fr");
        await using var scope = app.Services.CreateAsyncScope();
        var section = scope.ServiceProvider.GetServices<IPersonalDataSection>().OfType<PositioningPersonalData>().Single();
        var exported = JsonSerializer.SerializeToElement(await section.ExportAsync(personId, CancellationToken.None), Http.Json);
        var timeline = await section.TimelineAsync(personId, CancellationToken.None);
        await section.EraseAsync(personId, CancellationToken.None);
        var erased = await GetAsync(client, personId);

        Assert.Equal("positioning", section.Name);
        Assert.Equal("Asthme : éviter la poussière de chantier.", exported.GetProperty("interview").GetProperty("constraintNote").GetString());
        Assert.Equal("Centre d'appels Atlantic Contact", exported.GetProperty("tryouts")[0].GetProperty("employerName").GetString());
        Assert.Equal(["Entretien de positionnement", "Essai-métier : Concluant", "Test de compétences clés : Français"],
            timeline.Select(t => t.What).Order());
        Assert.Equal(timeline.OrderBy(t => t.At), timeline);
        var interview = erased.GetProperty("interview");
        Assert.Equal(JsonValueKind.Null, interview.GetProperty("constraintNote").ValueKind);
        Assert.Equal(JsonValueKind.Null, interview.GetProperty("strengths").ValueKind);
        Assert.Equal("UpperSecondary", interview.GetProperty("educationLevel").GetString());
        Assert.Equal("", erased.GetProperty("diplomas")[0].GetProperty("title").GetString());
        Assert.Equal("EquivalenceInProgress", erased.GetProperty("diplomas")[0].GetProperty("recognition").GetString());
        Assert.Equal(JsonValueKind.Null, erased.GetProperty("experiences")[0].GetProperty("title").ValueKind);
        Assert.Equal("OCC-CALL-CENTRE-AGENT", erased.GetProperty("experiences")[0].GetProperty("occupationCode").GetString());
        Assert.Equal(JsonValueKind.Null, erased.GetProperty("tests")[0].GetProperty("assessedBy").ValueKind);
        Assert.Equal("C1", erased.GetProperty("tests")[0].GetProperty("resultLevel").GetString());
        var tryout = erased.GetProperty("tryouts")[0];
        Assert.Equal(JsonValueKind.Null, tryout.GetProperty("employerName").ValueKind);
        Assert.Equal(JsonValueKind.Null, tryout.GetProperty("note").ValueKind);
        Assert.Equal("Conclusive", tryout.GetProperty("outcome").GetString());
    }
}
