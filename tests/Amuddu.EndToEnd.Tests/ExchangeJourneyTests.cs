using System.Globalization;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Exchanges;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// The training coordinator records a study visit to VDAB from her home page, adds the practice it produced, commits
/// the Casablanca agency to adopting it, and records the 3-month follow-up; then goes through the same pages and the
/// before/after view in Arabic. The session's axe-core watch fails the test on any serious violation, in both languages.
/// </summary>
public sealed class ExchangeJourneyTests
{
    private static readonly string Trainer = $"trainer@{DemoAccounts.Domain}";

    [Fact]
    public async Task A_peer_exchange_is_recorded_with_a_practice_and_a_commitment_followed_up_at_3_months()
    {
        await using var session = await BrowserSession.StartAsync();
        var app = session.App;
        var page = session.Page;
        await JourneySteps.SignInAsync(session, page, Trainer);

        // From the home's links (the menu has the same one).
        await page.Locator("#main").GetByRole(AriaRole.Link, new() { Name = "Échanges entre pairs" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Enregistrer un échange" }).ClickAsync();
        await page.GetByLabel("Intitulé").FillAsync("Visite d'étude au VDAB, Gand");
        await page.GetByLabel("Type d'échange").SelectOptionAsync("StudyVisit");
        await page.GetByLabel("Organisation d'accueil").SelectOptionAsync(new SelectOptionValue { Label = DemoOrganisations.Vdab });
        await page.GetByLabel("Organisation en visite").SelectOptionAsync(new SelectOptionValue { Label = DemoOrganisations.Anapec });
        await page.Locator("#startsOn").FillAsync("10/02/2020");
        await page.Locator("#endsOn").FillAsync("14/02/2020");
        await page.GetByLabel("Accueil", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Youssef El Amrani").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Visite d'étude au VDAB, Gand");
        var exchangePath = new Uri(page.Url).AbsolutePath;

        await page.GetByLabel("Nom de la pratique").FillAsync("Premier accueil en binôme avec un interprète");
        await page.GetByLabel("Contexte").FillAsync("Les nouveaux arrivants ne parlent souvent pas la langue des formulaires.");
        await page.GetByLabel("Ce qui est fait").FillAsync("Un conseiller et un interprète reçoivent ensemble la personne.");
        await page.GetByLabel("Accueil", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une pratique" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Premier accueil en binôme avec un interprète");
        var practicePath = new Uri(page.Url).AbsolutePath;

        await page.GetByLabel("Site", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = DemoOrganisations.CasablancaAgency });
        await page.GetByLabel("Responsable").SelectOptionAsync(new SelectOptionValue { Label = "Youssef El Amrani" });
        await page.Locator("#adoptBy").FillAsync(app.Today.AddMonths(4).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Suivi à 3 mois", Exact = false })).ToBeVisibleAsync();
        var commitmentPath = new Uri(page.Url).AbsolutePath;

        await page.GetByLabel("Adoptée", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Note").FillAsync("En place les mardis et jeudis.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le suivi" }).ClickAsync();
        await Expect(page.GetByText("En place les mardis et jeudis.")).ToBeVisibleAsync();
        var followUp = await app.QueryAsync(db => db.CommitmentFollowUps.AsNoTracking().SingleAsync(f => f.AfterMonths == 3));
        Assert.Equal(CommitmentStatus.Adopted, followUp.Result);

        // The other pages in French, then every page again in Arabic, right to left.
        string[] pages = ["/exchanges", exchangePath, "/exchanges/practices", practicePath, "/exchanges/commitments", commitmentPath, "/training/effect"];
        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            await session.Accessibility.SettledAsync();
        }

        await DemoBrowser.SwitchLanguageAsync(page, "ar", "العربية");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            await session.Accessibility.SettledAsync();
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("هل تحسّنت الخدمة؟");
        await session.Accessibility.AssertNoSeriousViolationsAsync();
        Assert.True(AccessibilityWatch.WasAnalysed(key => key.StartsWith("ar /training/effect", StringComparison.Ordinal)));
    }
}
