using System.Net;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Exchanges;

/// <summary>The server-rendered pages, as a person fills them in (no JavaScript): the same handlers as the API.</summary>
public class ExchangePagesTests
{
    private static Guid IdAfter(HttpResponseMessage response, string prefix)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = response.Target();
        Assert.StartsWith(prefix, target, StringComparison.Ordinal);
        return Guid.Parse(target[prefix.Length..]);
    }

    [Fact]
    public async Task The_coordinator_records_an_exchange_a_practice_its_translation_and_a_commitment_followed_up_at_3_months_through_the_pages()
    {
        await using var app = await AmudduApp.StartAsync();
        var ids = await app.QueryAsync(async db => new
        {
            Anapec = await db.Organisations.Where(o => o.Name == DemoOrganisations.Anapec).Select(o => o.Id).SingleAsync(),
            Vdab = await db.Organisations.Where(o => o.Name == DemoOrganisations.Vdab).Select(o => o.Id).SingleAsync(),
            Counsellor = await db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.Id).SingleAsync(),
            Casablanca = await db.Sites.Where(s => s.Name == DemoOrganisations.CasablancaAgency).Select(s => s.Id).SingleAsync(),
        });
        var coordinator = app.CreateBrowser("fr");
        await app.WebSignInAsync(coordinator, ExchangesTests.Trainer);
        var home = await (await coordinator.GetAsync("/home")).ReadHtmlAsync();
        Assert.Contains("href=\"/exchanges\"", home);
        Assert.Contains("href=\"/training/effect\"", home);
        // The menu too, on every page: "Échanges entre pairs" for the coordinator.
        Assert.Matches("<nav class=\"nav\"(?:(?!</nav>).)*<a href=\"/exchanges\"", home.ReplaceLineEndings(" "));

        (string, string)[] exchange =
        [
            ("Form.Title", "Visite d'étude au VDAB"), ("Form.Kind", "StudyVisit"), ("Form.HostOrganisationId", ids.Vdab.ToString()),
            ("Form.VisitingOrganisationId", ids.Anapec.ToString()), ("Form.StartsOn", "10/02/2020"), ("Form.Place", "Gand"),
            ("Form.ParticipantIds", ids.Counsellor.ToString()),
        ];
        var bad = await coordinator.SubmitFormAsync("/exchanges/new", "exchange", [.. exchange, ("Form.EndsOn", "01/02/2020")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var errors = await bad.ReadHtmlAsync();
        Assert.Contains("La date de fin ne peut pas précéder la date de début.", errors);
        Assert.Contains("Choisissez au moins un thème.", errors);

        var exchangeId = IdAfter(await coordinator.SubmitFormAsync("/exchanges/new", "exchange",
            [.. exchange, ("Form.EndsOn", "14/02/2020"), ("Form.Themes", "Reception"), ("Form.Themes", "Interculturality")]), "/exchanges/");
        var practiceId = IdAfter(await coordinator.SubmitFormAsync($"/exchanges/{exchangeId}", "practice",
            ("Practice.SourceOrganisationId", ids.Vdab.ToString()), ("Practice.Themes", "Reception"), ("Practice.Language", "fr"),
            ("Practice.Name", "Premier accueil en binôme avec un interprète"), ("Practice.Context", "Des nouveaux arrivants."),
            ("Practice.WhatIsDone", "Un conseiller et un interprète reçoivent ensemble."), ("Practice.Evidence", ""), ("Practice.Adaptation", "")),
            "/exchanges/practices/");

        var translated = await coordinator.SubmitFormAsync($"/exchanges/practices/{practiceId}", "translation", ("Practice.Language", "ar"),
            ("Practice.Name", "الاستقبال بثنائي مع مترجم"), ("Practice.Context", "وافدون جدد"), ("Practice.WhatIsDone", "مستشار ومترجم"));
        var practicePage = await translated.ReadHtmlAsync();
        Assert.Contains("Texte d'origine (Français)", practicePage);
        Assert.Contains("Traduction (Arabe)", practicePage);
        Assert.Contains("الاستقبال بثنائي مع مترجم", practicePage);

        var commitmentId = IdAfter(await coordinator.SubmitFormAsync($"/exchanges/practices/{practiceId}", "commitment",
            ("Commitment.SiteId", ids.Casablanca.ToString()), ("Commitment.OwnerId", ids.Counsellor.ToString()),
            ("Commitment.AdoptBy", app.Today.AddMonths(4).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))),
            "/exchanges/commitments/");
        var followedUp = await coordinator.SubmitFormAsync($"/exchanges/commitments/{commitmentId}", "follow-up",
            ("FollowUp.Result", "Adapted"), ("FollowUp.Note", "Le mardi seulement."), ("FollowUp.Indicator", "PositionedWithin30Days"));
        var commitmentPage = await followedUp.ReadHtmlAsync();
        Assert.Contains("data-status=\"Adapted\"", commitmentPage);
        Assert.Contains("Le mardi seulement.", commitmentPage);
        var stored = await app.QueryAsync(db => db.CommitmentFollowUps.AsNoTracking().Where(f => f.CommitmentId == commitmentId).OrderBy(f => f.AfterMonths).ToListAsync());
        Assert.Equal([Amuddu.Web.Features.Exchanges.CommitmentStatus.Adapted, null], stored.Select(f => f.Result));

        // The library finds it by theme and by words; the participant sees the exchange and writes a log.
        Assert.Contains("Premier accueil en binôme", await (await coordinator.GetAsync("/exchanges/practices?theme=Reception")).ReadHtmlAsync());
        Assert.Contains("Aucune pratique ne correspond.", await (await coordinator.GetAsync("/exchanges/practices?theme=FollowUp")).ReadHtmlAsync());
        Assert.Contains("Premier accueil en binôme", await (await coordinator.GetAsync("/exchanges/practices?query=INTERPRETE")).ReadHtmlAsync());
        var counsellor = app.CreateBrowser("fr");
        await app.WebSignInAsync(counsellor, Demo.Counsellor);
        Assert.Contains($"/exchanges/{exchangeId}", await (await counsellor.GetAsync("/exchanges")).ReadHtmlAsync());
        var logged = await counsellor.SubmitFormAsync($"/exchanges/{exchangeId}", "learning-log",
            ("Log.WhatISaw", "Un binôme à l'accueil."), ("Log.PracticeToTry", "Fixer le positionnement au premier accueil."));
        Assert.Contains("Fixer le positionnement au premier accueil.", await logged.ReadHtmlAsync());
        Assert.Equal(1, await app.QueryAsync(db => db.LearningLogs.CountAsync(l => l.ExchangeId == exchangeId)));
    }
}
