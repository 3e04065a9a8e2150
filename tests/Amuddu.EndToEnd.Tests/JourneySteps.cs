using System.Text.RegularExpressions;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>The steps several journeys start with, done the way a counsellor does them in the French interface.</summary>
public static class JourneySteps
{
    public static Task SignInAsync(BrowserSession session, string email) => SignInAsync(session, session.Page, email);

    /// <summary>
    /// Signs in on one of the session's pages, with a code the app has not taken yet for that account when it has a
    /// second factor (the analyst has none).
    /// </summary>
    public static async Task SignInAsync(BrowserSession session, IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(Demo.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/home$|/account/two-factor"));
        if (page.Url.Contains("/account/two-factor", StringComparison.Ordinal))
        {
            await page.GetByLabel("Code de vérification", new() { Exact = true }).FillAsync(Totp.Next(session.App, email));
            await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        }

        await page.WaitForURLAsync("**/home");
    }

    /// <summary>Registers a woman from Guinea by her names in Arabic script only, from the home page.</summary>
    public static async Task RegisterAsync(IPage page, string firstNameArabic, string lastNameArabic, string dateOfBirth)
    {
        await page.GotoAsync("/home");
        await page.GetByRole(AriaRole.Link, new() { Name = "Inscrire une personne" }).ClickAsync();
        await page.GetByLabel("Prénom (écriture arabe)").FillAsync(firstNameArabic);
        await page.GetByLabel("Nom de famille (écriture arabe)").FillAsync(lastNameArabic);
        await page.GetByLabel("Sexe").SelectOptionAsync("Female");
        await page.GetByLabel("Date de naissance").FillAsync(dateOfBirth);
        await page.GetByLabel("Nationalité").SelectOptionAsync("GN");
        await page.GetByLabel("Langues parlées").SelectOptionAsync(["ar", "ff"]);
        await page.GetByLabel("Téléphone").FillAsync("06 61 22 33 44");
        await page.GetByLabel("Région").SelectOptionAsync("MA-06");
        await page.GetByLabel("Ville").FillAsync("Casablanca");
        await page.GetByLabel("A connu le service par").SelectOptionAsync("CommunityAgent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire une personne" }).ClickAsync();
    }

    /// <summary>Records a consent from the file's consents card, collected on a signed form.</summary>
    public static async Task RecordConsentAsync(IPage page, string purpose, string? recipient = null, params string[] shares)
    {
        var consents = Section(page, "Consentements");
        await consents.GetByLabel("Finalité").SelectOptionAsync(purpose);
        if (recipient is not null)
        {
            await consents.GetByLabel("Partenaire destinataire").SelectOptionAsync(recipient);
        }

        foreach (var share in shares)
        {
            await consents.GetByLabel(share).CheckAsync();
        }

        await consents.GetByLabel("Recueilli par").SelectOptionAsync("Formulaire signé");
        await consents.GetByRole(AriaRole.Button, new() { Name = "Enregistrer un consentement" }).ClickAsync();
        await Expect(Section(page, "Consentements").GetByRole(AriaRole.Row).Filter(new() { HasText = purpose })).ToBeVisibleAsync();
    }

    /// <summary>A card of the page found by its heading, as a reader scanning the page finds it.</summary>
    public static ILocator Section(IPage page, string heading) =>
        page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 2 }) });
}
