using System.Globalization;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Vacancies;
using Amuddu.Web.Tests.Employers;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// The employer writes a vacancy from its home, submits it for validation; the counsellor finds it on her home and
/// validates it, and the vacancy page shows the notice on hiring a foreign worker. The employer's and the counsellor's
/// pages are then visited in French and in Arabic under the session's axe-core watch (no serious violation).
/// </summary>
public sealed class VacancyJourneyTests
{
    private static readonly string Employer = $"employer@{DemoAccounts.Domain}";
    private static readonly string Counsellor = $"counsellor@{DemoAccounts.Domain}";

    [Fact]
    public async Task The_employer_writes_and_submits_a_vacancy_and_the_counsellor_validates_it()
    {
        await using var session = await BrowserSession.StartAsync();
        var app = session.App;
        var company = await app.GiveAtlasAFileAsync();
        var page = session.Page;
        await JourneySteps.SignInAsync(session, page, Employer);

        await page.Locator("#main").GetByRole(AriaRole.Link, new() { Name = "Mes offres d'emploi" }).ClickAsync();
        await page.Locator("summary", new() { HasText = "Rédiger une offre" }).ClickAsync();
        await page.Locator("#title").FillAsync("Piqueuse en confection");
        await page.Locator("#occupationCode").SelectOptionAsync("OCC-SEWING-OPERATOR");
        await page.Locator("#skills").SelectOptionAsync(["SK-SEWING-MACHINE", "SK-FABRIC-CUTTING"]);
        await page.Locator("#language0").SelectOptionAsync("ar");
        await page.Locator("#level0").SelectOptionAsync("B1");
        await page.Locator("#regions").SelectOptionAsync(["MA-06"]);
        await page.Locator("#city").FillAsync("Casablanca");
        await page.Locator("#contract").SelectOptionAsync("FixedTerm");
        await page.Locator("#posts").FillAsync("3");
        await page.Locator("#startsOn").FillAsync(app.Today.AddDays(20).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.Locator("#closesOn").FillAsync(app.Today.AddDays(40).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Piqueuse en confection");
        var employerPath = new Uri(page.Url).AbsolutePath;

        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer pour validation" }).ClickAsync();
        await Expect(page.GetByText("Offre envoyée au conseiller pour validation.")).ToBeVisibleAsync();

        var counsellor = await session.NewVisitorAsync("fr-FR");
        await JourneySteps.SignInAsync(session, counsellor, Counsellor);
        await counsellor.Locator("#vacancies-to-validate").GetByRole(AriaRole.Link, new() { Name = "Piqueuse en confection" }).ClickAsync();
        await counsellor.GetByRole(AriaRole.Button, new() { Name = "Valider et ouvrir" }).ClickAsync();
        await Expect(counsellor.GetByText("Offre validée : elle est ouverte.")).ToBeVisibleAsync();
        await Expect(counsellor.Locator("#work-authorisation")).ToContainTextAsync("contrat de travail d'étranger visé");
        var vacancyPath = new Uri(counsellor.Url).AbsolutePath;
        Assert.Equal(VacancyStatus.Open, await app.QueryAsync(db => db.Vacancies.Select(v => v.Status).SingleAsync()));

        // Every page of the part, in French then in Arabic (right to left), under the axe-core watch.
        string[] counsellorPages = ["/vacancies", vacancyPath, "/employers", $"/employers/{company}"];
        string[] employerPages = ["/employer/vacancies", employerPath];
        foreach (var (visitor, paths) in new[] { (counsellor, counsellorPages), (page, employerPages) })
        {
            foreach (var path in paths)
            {
                await visitor.GotoAsync(path);
                await session.Accessibility.SettledAsync();
            }

            await DemoBrowser.SwitchLanguageAsync(visitor, "ar", "العربية");
            await Expect(visitor.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
            foreach (var path in paths)
            {
                await visitor.GotoAsync(path);
                await session.Accessibility.SettledAsync();
            }
        }

        // On a phone (390 px) the employer's pages fit the screen, the new-vacancy form on the first screen.
        var phone = await session.NewVisitorAsync("fr-FR", 390, 844, phone: true);
        await JourneySteps.SignInAsync(session, phone, Employer);
        foreach (var path in employerPages)
        {
            await phone.GotoAsync(path);
            await session.Accessibility.SettledAsync();
            Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390,
                $"{path} is wider than a phone: " + await phone.EvaluateAsync<string>("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).join(' ')"));
        }

        await phone.GotoAsync("/employer/vacancies");
        var box = await phone.Locator("[data-main-action]").First.BoundingBoxAsync();
        Assert.True(box is not null && box.Y + box.Height <= 844, "the new-vacancy form is not on the first screen");

        await session.Accessibility.AssertNoSeriousViolationsAsync();
        Assert.True(AccessibilityWatch.WasAnalysed(key => key.StartsWith("ar /employer/vacancies", StringComparison.Ordinal)));
    }
}
