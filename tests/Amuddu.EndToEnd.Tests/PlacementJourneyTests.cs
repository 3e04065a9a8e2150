using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// From shortlist to hire in Chromium, on an open vacancy of the demo employer seeded by the test: the counsellor shortlists a
/// person from the match pages' link, records that the person is interested, is refused the sending until she records the consent
/// to share with the company on the same page, then sends; the employer reads the named profile with the visa notice, hires, and
/// is offered the hiring incentive; the person's file shows the job. Both pages again in Arabic; axe-core watches every page.
/// </summary>
public sealed class PlacementJourneyTests
{
    [Fact]
    public async Task A_counsellor_shortlists_and_sends_a_consented_profile_and_the_employer_hires_with_the_incentive_offered()
    {
        await using var session = await BrowserSession.StartAsync();
        var app = session.App;
        var page = session.Page;
        var (_, personId) = await app.RegisterSomeoneAsync("Aminata", "Koné", "ML");
        var vacancyId = await PlacementsSetup.OpenVacancyAsync(app);
        await PlacementsSetup.IncentiveProgrammeAsync(app, "PRIME-CDI", "MA-04");
        var candidatesPath = $"/vacancies/{vacancyId}/candidates";
        await JourneySteps.SignInAsync(session, page, Demo.Counsellor);

        // The match page links here with ?person=.
        await page.GotoAsync($"{candidatesPath}?person={personId}");
        await page.Locator("form:has(input[name='ShortlistPersonId'])").GetByRole(AriaRole.Button, new() { Name = "Ajouter à la présélection" }).ClickAsync();
        var row = page.Locator("tr[data-candidacy]");
        await Expect(row).ToContainTextAsync("Présélectionné(e)");
        await Expect(row.Locator("[data-notice='work-contract']")).ToBeVisibleAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Intéressé(e)", Exact = true }).ClickAsync();
        await Expect(row).ToContainTextAsync("Intéressé(e)");

        // No consent to share with the company: refused, and the form to record it is offered.
        await row.GetByRole(AriaRole.Button, new() { Name = "Envoyer à l'employeur" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("la personne n'a pas donné son consentement au partage avec cette entreprise");
        var consent = page.Locator("#sharing-consent");
        await consent.GetByLabel("Recueilli par").SelectOptionAsync("SignedForm");
        await consent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer un consentement" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Enregistré.");
        await row.GetByRole(AriaRole.Button, new() { Name = "Envoyer à l'employeur" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Envoyé(e) à l'employeur");

        // The employer, beside: the named profile with the visa notice, then the hire.
        var employer = await session.NewVisitorAsync("fr-FR");
        await JourneySteps.SignInAsync(session, employer, Demo.Employer);
        var employerPath = $"/employer/vacancies/{vacancyId}/candidates";
        await employer.GotoAsync(employerPath);
        var card = employer.Locator("article[data-candidate]");
        await Expect(card.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Aminata Koné");
        await Expect(card.Locator("[data-notice='work-contract']")).ToHaveTextAsync("Visa du contrat de travail requis");
        await card.GetByRole(AriaRole.Link, new() { Name = "Répondre" }).ClickAsync();
        var answer = employer.Locator("#answer");
        await answer.GetByLabel("Embauche").CheckAsync();
        await answer.Locator("#startsOn").FillAsync(app.Today.AddDays(14).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await answer.GetByLabel("Type de contrat").SelectOptionAsync("Cdi");
        await answer.GetByLabel("Temps de travail").SelectOptionAsync("FullTime");
        await answer.GetByLabel("Salaire mensuel").SelectOptionAsync("From3000To5000");
        await answer.GetByRole(AriaRole.Button, new() { Name = "Envoyer la réponse" }).ClickAsync();
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync("Réponse enregistrée");
        await Expect(card).ToContainTextAsync("Embauché(e)");
        var apply = card.GetByRole(AriaRole.Link, new() { Name = "Demander l'aide : Prime à l'embauche PRIME-CDI" });
        await apply.ClickAsync();
        await employer.WaitForURLAsync("**/employer/applications/new?programme=*");
        Assert.Equal(Web.Features.Vacancies.VacancyStatus.Filled,
            await app.QueryAsync(db => db.Vacancies.Where(v => v.Id == vacancyId).Select(v => v.Status).SingleAsync()));

        // The counsellor reads the answer; the person's file shows the job.
        await page.GotoAsync(candidatesPath);
        await Expect(row).ToContainTextAsync("Embauché(e)");
        await Expect(row).ToContainTextAsync("Prime à l'embauche PRIME-CDI");
        await page.GotoAsync($"/people/{personId}/outcomes");
        await Expect(page.Locator("#main")).ToContainTextAsync("En emploi salarié");

        // Both pages in Arabic, right to left.
        await page.GotoAsync(candidatesPath);
        await DemoBrowser.SwitchLanguageAsync(page, "ar", "العربية");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await session.Accessibility.SettledAsync();
        await employer.GotoAsync(employerPath);
        await DemoBrowser.SwitchLanguageAsync(employer, "ar", "العربية");
        await Expect(employer.Locator("article[data-candidate]")).ToContainTextAsync("تأشيرة عقد العمل مطلوبة");
        await session.Accessibility.SettledAsync();
        await session.Accessibility.AssertNoSeriousViolationsAsync();
        Assert.Contains(session.Accessibility.Seen, key => key.StartsWith("ar /employer/vacancies/{id}/candidates", StringComparison.Ordinal));
    }
}
