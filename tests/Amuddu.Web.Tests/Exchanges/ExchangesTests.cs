using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Exchanges;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Exchanges;

public class ExchangesTests
{
    public static readonly string Trainer = $"trainer@{DemoAccounts.Domain}";

    private static Task<Guid> UserIdAsync(AmudduApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static Task<Guid> OrganisationAsync(AmudduApp app, string name) =>
        app.QueryAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private static async Task<Guid> IdOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> PracticeAsync(HttpClient coordinator, Guid source, Guid? exchangeId, string theme, string name, string language = "fr") =>
        await IdOf(await coordinator.PostAsJsonAsync("/api/v1/exchanges/practices", new
        {
            exchangeId, sourceOrganisationId = source, themes = new[] { theme }, language, name,
            context = "Des nouveaux arrivants qui ne parlent pas la langue.", whatIsDone = "Un conseiller et un interprète reçoivent ensemble.",
            evidence = "Délai divisé par deux.", adaptation = "Peu d'interprètes.",
        }), HttpStatusCode.Created);

    [Fact]
    public async Task An_exchange_is_recorded_by_the_coordinator_seen_by_its_participants_and_bad_input_is_a_localised_400()
    {
        await using var app = await AmudduApp.StartAsync();
        var coordinator = await app.ApiClientAsync(Trainer, "fr");
        var anapec = await OrganisationAsync(app, DemoOrganisations.Anapec);
        var vdab = await OrganisationAsync(app, DemoOrganisations.Vdab);
        var counsellorId = await UserIdAsync(app, Demo.Counsellor);

        var bad = await coordinator.PostAsJsonAsync("/api/v1/exchanges", new
        {
            title = "Visite", kind = "StudyVisit", hostOrganisationId = vdab, visitingOrganisationId = anapec,
            startsOn = "2020-02-14", endsOn = "2020-02-10", themes = Array.Empty<string>(), participantIds = new[] { counsellorId },
        });
        var problem = await bad.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("précéder", errors.GetProperty("endsOn")[0].GetString());
        Assert.Contains("thème", errors.GetProperty("themes")[0].GetString());
        // Two foreign services: neither side is the coordinator's organisation.
        var forem = await OrganisationAsync(app, DemoOrganisations.LeForem);
        var neither = await coordinator.PostAsJsonAsync("/api/v1/exchanges", new
        {
            title = "Visite", kind = "Webinar", hostOrganisationId = vdab, visitingOrganisationId = forem, startsOn = "2020-02-10", endsOn = "2020-02-10",
            themes = new[] { "Reception" },
        });
        Assert.True((await neither.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("visitingOrganisationId", out _));

        var id = await IdOf(await coordinator.PostAsJsonAsync("/api/v1/exchanges", new
        {
            title = "Visite d'étude au VDAB", kind = "StudyVisit", hostOrganisationId = vdab, visitingOrganisationId = anapec,
            startsOn = "2020-02-10", endsOn = "2020-02-14", place = "Gand", themes = new[] { "Reception", "Interculturality" },
            participantIds = new[] { counsellorId }, guests = "Els Peeters", agenda = "Accueil",
        }), HttpStatusCode.Created);

        // The participant sees it and writes a log; a counsellor who did not take part sees nothing of it.
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        Assert.Contains((await counsellor.GetFromJsonAsync<JsonElement>("/api/v1/exchanges")).EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        var log = await counsellor.PutAsJsonAsync($"/api/v1/exchanges/{id}/log", new { whatISaw = "Un binôme à l'accueil.", practiceToTry = "Le binôme." });
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        var emptyLog = await counsellor.PutAsJsonAsync($"/api/v1/exchanges/{id}/log", new { whatISaw = "", practiceToTry = "x" });
        Assert.True((await emptyLog.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("whatISaw", out _));
        var other = await app.ApiClientAsync(Demo.SelfEmployment);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/v1/exchanges")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/exchanges/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/exchanges/{id}/log", new { whatISaw = "x", practiceToTry = "y" })).StatusCode);
        // Only the coordinator and administrators record exchanges.
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PostAsJsonAsync("/api/v1/exchanges", new { title = "x" })).StatusCode);

        var exchange = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/exchanges/{id}");
        var written = Assert.Single(exchange.GetProperty("logs").EnumerateArray());
        Assert.Equal("Un binôme à l'accueil.", written.GetProperty("whatISaw").GetString());
        Assert.Equal(["Reception", "Interculturality"], exchange.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task The_library_finds_practices_by_theme_and_words_in_any_language_and_takes_translations_later()
    {
        await using var app = await AmudduApp.StartAsync();
        var coordinator = await app.ApiClientAsync(Trainer, "fr");
        var vdab = await OrganisationAsync(app, DemoOrganisations.Vdab);
        var forem = await OrganisationAsync(app, DemoOrganisations.LeForem);
        var binome = await PracticeAsync(coordinator, vdab, null, "Reception", "Accueil en binôme avec un interprète");
        var sms = await PracticeAsync(coordinator, forem, null, "FollowUp", "Rappel par SMS la veille du rendez-vous");

        var noTheme = await coordinator.PostAsJsonAsync("/api/v1/exchanges/practices", new { sourceOrganisationId = vdab, language = "fr", name = "x", context = "y", whatIsDone = "z" });
        Assert.True((await noTheme.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("themes", out _));

        var staff = await app.ApiClientAsync(Demo.SelfEmployment);
        async Task<List<Guid>> FindAsync(string query) =>
            [.. (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/exchanges/practices?{query}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
        Assert.Equal([binome], await FindAsync("theme=Reception"));
        Assert.Equal([sms], await FindAsync("theme=FollowUp"));
        // Words: accents and case aside, every word must appear.
        Assert.Equal([binome], await FindAsync("query=BINOME interprete"));
        Assert.Equal([sms], await FindAsync("query=rappel%20veille"));
        Assert.Empty(await FindAsync("query=binome%20veille"));
        Assert.Empty(await FindAsync("query=مترجم"));

        // An Arabic translation, added later: the original stays marked as written in French.
        var translated = await coordinator.PostAsJsonAsync($"/api/v1/exchanges/practices/{binome}/texts", new
        {
            language = "ar", name = "الاستقبال بثنائي مع مترجم", context = "وافدون جدد", whatIsDone = "مستشار ومترجم يستقبلان معاً",
        });
        Assert.Equal(HttpStatusCode.OK, translated.StatusCode);
        var practice = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/exchanges/practices/{binome}");
        Assert.Equal("fr", practice.GetProperty("originalLanguage").GetString());
        var texts = practice.GetProperty("texts").EnumerateArray().ToList();
        Assert.Equal(["fr", "ar"], texts.Select(t => t.GetProperty("language").GetString()));
        Assert.Equal([true, false], texts.Select(t => t.GetProperty("isOriginal").GetBoolean()));
        Assert.Equal([binome], await FindAsync("query=مترجم"));
        // Corrected: the same Arabic text, written again.
        var corrected = await coordinator.PostAsJsonAsync($"/api/v1/exchanges/practices/{binome}/texts", new
        {
            language = "ar", name = "الاستقبال الأول بثنائي مع مترجم", context = "وافدون جدد", whatIsDone = "مستشار ومترجم يستقبلان معاً",
        });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var rows = await app.QueryAsync(db => db.PracticeTexts.AsNoTracking().Where(t => t.PracticeId == binome).OrderBy(t => t.Language).ToListAsync());
        Assert.Equal(["ar", "fr"], rows.Select(t => t.Language));
        Assert.Equal("الاستقبال الأول بثنائي مع مترجم", rows[0].Name);

        // Not a translation of the original's language; not written by staff who do not run exchanges.
        var original = await coordinator.PostAsJsonAsync($"/api/v1/exchanges/practices/{binome}/texts", new { language = "fr", name = "x", context = "y", whatIsDone = "z" });
        Assert.Contains("langue", (await original.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("language")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/exchanges/practices/{binome}/texts", new { language = "en" })).StatusCode);

        // 25 a page.
        for (var i = 0; i < 25; i++)
        {
            await PracticeAsync(coordinator, vdab, null, "Positioning", $"Pratique {i}");
        }

        var first = await staff.GetFromJsonAsync<JsonElement>("/api/v1/exchanges/practices");
        Assert.Equal(25, first.GetProperty("items").GetArrayLength());
        Assert.Equal(27, first.GetProperty("total").GetInt32());
        Assert.Equal(2, (await staff.GetFromJsonAsync<JsonElement>("/api/v1/exchanges/practices?page=2")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_commitment_is_followed_up_at_3_months_and_its_owner_is_reminded_once_when_a_follow_up_falls_due()
    {
        await using var app = await AmudduApp.StartAsync();
        var coordinator = await app.ApiClientAsync(Trainer, "fr");
        var vdab = await OrganisationAsync(app, DemoOrganisations.Vdab);
        var practice = await PracticeAsync(coordinator, vdab, null, "Reception", "Accueil en binôme");
        var casablanca = await app.QueryAsync(db => db.Sites.Where(s => s.Name == DemoOrganisations.CasablancaAgency).Select(s => s.Id).SingleAsync());
        var owner = await UserIdAsync(app, Demo.Counsellor);

        var bad = await coordinator.PostAsJsonAsync("/api/v1/exchanges/commitments", new { practiceId = practice, siteId = casablanca, adoptBy = app.Today.AddDays(-1) });
        var errors = (await bad.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("ownerId", out _));
        Assert.Contains("futur", errors.GetProperty("adoptBy")[0].GetString());

        var id = await IdOf(await coordinator.PostAsJsonAsync("/api/v1/exchanges/commitments",
            new { practiceId = practice, siteId = casablanca, ownerId = owner, adoptBy = app.Today.AddMonths(4) }), HttpStatusCode.Created);
        var commitment = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/exchanges/commitments/{id}");
        Assert.Equal("Pending", commitment.GetProperty("status").GetString());
        Assert.Equal([3, 6], commitment.GetProperty("followUps").EnumerateArray().Select(f => f.GetProperty("afterMonths").GetInt32()));

        async Task<int> RemindAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await RemindDueFollowUps.RunAsync(scope.ServiceProvider.GetRequiredService<AmudduDbContext>(),
                scope.ServiceProvider.GetRequiredService<FieldProtector>(), app.Clock, CancellationToken.None);
        }

        Assert.Equal(0, await RemindAsync());
        app.Clock.Advance(TimeSpan.FromDays(93));
        Assert.Equal(1, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        var message = Assert.Single(await app.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.TemplateKey == RemindDueFollowUps.TemplateKey).ToListAsync()));
        Assert.Equal(RemindDueFollowUps.Subject(id), message.Subject);
        var protector = app.Services.GetRequiredService<FieldProtector>();
        Assert.Equal(Demo.Counsellor, protector.UnprotectText(message.RecipientCipher));
        // Three months on, the coordinator signs in again and sees the follow-up due.
        coordinator = await app.ApiClientAsync(Trainer, "fr");
        Assert.True((await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/exchanges/commitments/{id}")).GetProperty("followUps")[0].GetProperty("due").GetBoolean());

        // The owner answers; another counsellor does not see the commitment.
        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "fr");
        Assert.Equal(HttpStatusCode.NotFound,
            (await (await app.ApiClientAsync(Demo.SelfEmployment)).PostAsJsonAsync($"/api/v1/exchanges/commitments/{id}/follow-ups", new { afterMonths = 3, result = "Adopted" })).StatusCode);
        var wrongMonth = await counsellor.PostAsJsonAsync($"/api/v1/exchanges/commitments/{id}/follow-ups", new { afterMonths = 4, result = "Adopted" });
        Assert.True((await wrongMonth.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("afterMonths", out _));
        var answered = await counsellor.PostAsJsonAsync($"/api/v1/exchanges/commitments/{id}/follow-ups",
            new { afterMonths = 3, result = "Adopted", note = "En place les mardis.", indicator = "PositionedWithin30Days" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var after = await answered.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        Assert.Equal("Adopted", after.GetProperty("status").GetString());
        Assert.Equal(app.Today, DateOnly.Parse(after.GetProperty("adoptedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("PositionedWithin30Days", after.GetProperty("indicator").GetString());
        Assert.Equal(HttpStatusCode.Conflict,
            (await counsellor.PostAsJsonAsync($"/api/v1/exchanges/commitments/{id}/follow-ups", new { afterMonths = 3, result = "NotAdopted" })).StatusCode);
        // Answered: no reminder for it any more, and the 6-month one is not due yet.
        app.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await RemindAsync());
    }
}
