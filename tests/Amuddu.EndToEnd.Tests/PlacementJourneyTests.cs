using System.Globalization;
using System.Net.Http.Json;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Vacancies;
using Amuddu.Web.Tests.Employers;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// From a vacancy to a hire in Chromium (issue 16's journey): the employer writes and submits a vacancy; the counsellor validates
/// it, reads the ranked people with their reasons, shortlists two from the match page, records that both are interested, is refused
/// the sending until she records each one's consent to share with the company on the same page, then sends both; the employer reads
/// the two named profiles with the visa notice, invites one to an interview and hires the other, and is offered the hiring incentive;
/// the person's file shows the job. The pages again in Arabic; axe-core watches every page.
/// </summary>
public sealed class PlacementJourneyTests
{
    private static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_employer_publishes_the_counsellor_matches_and_sends_two_consented_profiles_and_the_employer_interviews_one_and_hires_the_other()
    {
        await using var session = await BrowserSession.StartAsync();
        var app = session.App;
        var page = session.Page;
        await app.GiveAtlasAFileAsync();
        var aminata = await PositionedSeamstressAsync(app, "Aminata", "Koné", "C1");
        var fatou = await PositionedSeamstressAsync(app, "Fatou", "Diallo", "A2");
        await PlacementsSetup.IncentiveProgrammeAsync(app, "PRIME-CDI", "MA-04");

        // The employer writes and submits the vacancy.
        var employer = await session.NewVisitorAsync("fr-FR");
        await JourneySteps.SignInAsync(session, employer, Demo.Employer);
        await employer.GotoAsync("/employer/vacancies");
        await employer.Locator("summary", new() { HasText = "Rédiger une offre" }).ClickAsync();
        await employer.Locator("#title").FillAsync("Couturière sur machine");
        await employer.Locator("#occupationCode").SelectOptionAsync("OCC-SEWING-OPERATOR");
        await employer.Locator("#skills").SelectOptionAsync(["SK-SEWING-MACHINE", "SK-FABRIC-CUTTING"]);
        await employer.Locator("#language0").SelectOptionAsync("ar");
        await employer.Locator("#level0").SelectOptionAsync("B1");
        await employer.Locator("#regions").SelectOptionAsync(["MA-04"]);
        await employer.Locator("#city").FillAsync("Rabat");
        await employer.Locator("#contract").SelectOptionAsync("Permanent");
        await employer.Locator("#posts").FillAsync("1");
        await employer.Locator("#startsOn").FillAsync(Date(app.Today.AddDays(20)));
        await employer.Locator("#closesOn").FillAsync(Date(app.Today.AddDays(40)));
        await employer.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await employer.GetByRole(AriaRole.Button, new() { Name = "Envoyer pour validation" }).ClickAsync();
        await Expect(employer.GetByText("Offre envoyée au conseiller pour validation.")).ToBeVisibleAsync();
        var vacancyId = await app.QueryAsync(db => db.Vacancies.Where(v => v.Title == "Couturière sur machine").Select(v => v.Id).SingleAsync());

        // The counsellor validates it, then reads the ranked people with their reasons.
        await JourneySteps.SignInAsync(session, page, Demo.Counsellor);
        await page.Locator("#vacancies-to-validate").GetByRole(AriaRole.Link, new() { Name = "Couturière sur machine" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider et ouvrir" }).ClickAsync();
        await Expect(page.GetByText("Offre validée : elle est ouverte.")).ToBeVisibleAsync();
        await page.GotoAsync($"/vacancies/{vacancyId}/matches");
        var matches = page.Locator("li.match");
        await Expect(matches).ToHaveCountAsync(2);
        // Aminata reads Arabic at C1, Fatou at A2 (short of B1): Aminata first, and the reason says why Fatou is behind.
        await Expect(matches.Nth(0)).ToContainTextAsync("Aminata Koné");
        await Expect(matches.Nth(1)).ToContainTextAsync("Fatou Diallo");
        await Expect(matches.Nth(1)).ToContainTextAsync("A2");

        // Both shortlisted from the match page, both interested.
        var candidatesPath = $"/vacancies/{vacancyId}/candidates";
        foreach (var name in new[] { "Aminata Koné", "Fatou Diallo" })
        {
            await page.GotoAsync($"/vacancies/{vacancyId}/matches");
            await matches.Filter(new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = "Présélectionner" }).ClickAsync();
            await page.Locator("form:has(input[name='ShortlistPersonId'])").GetByRole(AriaRole.Button, new() { Name = "Ajouter à la présélection" }).ClickAsync();
        }

        var rows = page.Locator("tr[data-candidacy]");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Locator("[data-notice='work-contract']")).ToHaveCountAsync(2);
        for (var i = 0; i < 2; i++)
        {
            await rows.Nth(i).GetByRole(AriaRole.Button, new() { Name = "Intéressé(e)", Exact = true }).ClickAsync();
            await Expect(rows.Nth(i)).ToContainTextAsync("Intéressé(e)");
        }

        // No consent to share with the company: refused, the form to record it offered; then sent.
        for (var i = 0; i < 2; i++)
        {
            await rows.Nth(i).GetByRole(AriaRole.Button, new() { Name = "Envoyer à l'employeur" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("la personne n'a pas donné son consentement au partage avec cette entreprise");
            var consent = page.Locator("#sharing-consent");
            await consent.GetByLabel("Recueilli par").SelectOptionAsync("SignedForm");
            await consent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer un consentement" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Enregistré.");
            await rows.Nth(i).GetByRole(AriaRole.Button, new() { Name = "Envoyer à l'employeur" }).ClickAsync();
            await Expect(rows.Nth(i)).ToContainTextAsync("Envoyé(e) à l'employeur");
        }

        // The employer reads the two named profiles, invites Fatou to an interview and hires Aminata.
        var employerPath = $"/employer/vacancies/{vacancyId}/candidates";
        await employer.GotoAsync(employerPath);
        var cards = employer.Locator("article[data-candidate]");
        await Expect(cards).ToHaveCountAsync(2);
        await Expect(cards.Locator("[data-notice='work-contract']")).ToHaveCountAsync(2);
        await AnswerAsync(employer, cards.Filter(new() { HasText = "Fatou Diallo" }), "Entretien", async answer =>
            await answer.Locator("#interviewOn").FillAsync(Date(app.Today.AddDays(3))));
        await Expect(cards.Filter(new() { HasText = "Fatou Diallo" })).ToContainTextAsync("Entretien prévu");
        await AnswerAsync(employer, cards.Filter(new() { HasText = "Aminata Koné" }), "Embauche", async answer =>
        {
            await answer.Locator("#startsOn").FillAsync(Date(app.Today.AddDays(20)));
            await answer.GetByLabel("Type de contrat").SelectOptionAsync("Cdi");
            await answer.GetByLabel("Temps de travail").SelectOptionAsync("FullTime");
            await answer.GetByLabel("Salaire mensuel").SelectOptionAsync("From3000To5000");
        });
        var hired = cards.Filter(new() { HasText = "Aminata Koné" });
        await Expect(hired).ToContainTextAsync("Embauché(e)");
        await hired.GetByRole(AriaRole.Link, new() { Name = "Demander l'aide : Prime à l'embauche PRIME-CDI" }).ClickAsync();
        await employer.WaitForURLAsync("**/employer/applications/new?programme=*");
        Assert.Equal(VacancyStatus.Filled, await app.QueryAsync(db => db.Vacancies.Where(v => v.Id == vacancyId).Select(v => v.Status).SingleAsync()));
        Assert.Equal(OutcomeKind.Employed, await app.QueryAsync(db => db.Outcomes.Where(o => o.PersonId == aminata).Select(o => o.Kind).SingleAsync()));
        Assert.False(await app.QueryAsync(db => db.Outcomes.AnyAsync(o => o.PersonId == fatou)));

        // The counsellor reads the answers; Aminata's file shows the job.
        await page.GotoAsync(candidatesPath);
        await Expect(rows.Filter(new() { HasText = "Aminata Koné" })).ToContainTextAsync("Prime à l'embauche PRIME-CDI");
        await Expect(rows.Filter(new() { HasText = "Fatou Diallo" })).ToContainTextAsync($"Entretien le {Date(app.Today.AddDays(3))}");
        await page.GotoAsync($"/people/{aminata}/outcomes");
        await Expect(page.Locator("#main")).ToContainTextAsync("En emploi salarié");

        // The pages in Arabic, right to left.
        await page.GotoAsync($"/vacancies/{vacancyId}/matches");
        await DemoBrowser.SwitchLanguageAsync(page, "ar", "العربية");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await session.Accessibility.SettledAsync();
        await page.GotoAsync(candidatesPath);
        await session.Accessibility.SettledAsync();
        await employer.GotoAsync(employerPath);
        await DemoBrowser.SwitchLanguageAsync(employer, "ar", "العربية");
        await Expect(cards.First).ToContainTextAsync("تأشيرة عقد العمل مطلوبة");
        await session.Accessibility.SettledAsync();
        await session.Accessibility.AssertNoSeriousViolationsAsync();
        Assert.True(AccessibilityWatch.WasAnalysed(key => key.StartsWith("ar /vacancies/{id}/matches", StringComparison.Ordinal)));
        Assert.True(AccessibilityWatch.WasAnalysed(key => key.StartsWith("ar /employer/vacancies/{id}/candidates", StringComparison.Ordinal)));
    }

    private static async Task AnswerAsync(IPage employer, ILocator card, string decision, Func<ILocator, Task> fill)
    {
        await card.GetByRole(AriaRole.Link, new() { Name = "Répondre" }).ClickAsync();
        var answer = employer.Locator("#answer");
        await answer.GetByLabel(decision, new() { Exact = true }).CheckAsync();
        await fill(answer);
        await answer.GetByRole(AriaRole.Button, new() { Name = "Envoyer la réponse" }).ClickAsync();
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync("Réponse enregistrée");
    }

    /// <summary>A person of the demo agency (Rabat) aiming at sewing, with its two skills, Arabic at <paramref name="arabic"/> and a residence card.</summary>
    private static async Task<Guid> PositionedSeamstressAsync(AmudduApp app, string first, string last, string arabic)
    {
        var (client, personId) = await app.RegisterSomeoneAsync(first, last, "ML");
        var positioning = $"/api/v1/people/{personId}/positioning";
        await Ok(client.PutAsJsonAsync(positioning, new
        {
            interviewedOn = app.Today.AddDays(-1), educationLevel = "LowerSecondary", constraints = Array.Empty<string>(), availability = "FullTime",
            availableFrom = app.Today,
        }));
        await Ok(client.PostAsJsonAsync($"{positioning}/target-occupations", new { occupationCode = "OCC-SEWING-OPERATOR", priority = 1 }));
        foreach (var skill in new[] { "SK-SEWING-MACHINE", "SK-FABRIC-CUTTING" })
        {
            await Ok(client.PostAsJsonAsync($"{positioning}/skills", new { skillCode = skill, level = "Advanced" }));
        }

        await Ok(client.PostAsJsonAsync($"{positioning}/languages", new { languageCode = "ar", understanding = arabic, speaking = arabic, assessment = "Tested" }));
        await Ok(client.PostAsJsonAsync($"/api/v1/people/{personId}/documents", new
        {
            typeCode = "RESIDENCE_CARD", number = $"R{Random.Shared.Next(100000, 999999)}", issuingAuthority = "DGSN", issuedOn = "2024-03-01",
            expiresOn = app.Today.AddYears(2),
        }));
        return personId;
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
