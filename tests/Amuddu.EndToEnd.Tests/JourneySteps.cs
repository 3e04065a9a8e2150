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
        await page.GetByRole(AriaRole.Link, new() { Name = "Enregistrer une personne" }).ClickAsync();
        await page.GetByLabel("Prénom (écriture arabe)").FillAsync(firstNameArabic);
        await page.GetByLabel("Nom de famille (écriture arabe)").FillAsync(lastNameArabic);
        await page.GetByLabel("Sexe").SelectOptionAsync("Female");
        await page.GetByLabel("Date de naissance").FillAsync(dateOfBirth);
        await page.GetByLabel("Nationalité").SelectOptionAsync("GN");
        // Languages are checkboxes: the organisation's most frequent shown, the others behind "Autres langues".
        var languages = page.GetByRole(AriaRole.Group, new() { Name = "Langues parlées" });
        await languages.Locator("summary").ClickAsync();
        await languages.Locator("#languages-ar").CheckAsync();
        await languages.Locator("#languages-ff").CheckAsync();
        await page.GetByLabel("Téléphone").FillAsync("06 61 22 33 44");
        await page.GetByLabel("Région").SelectOptionAsync("MA-06");
        await page.GetByLabel("Ville").FillAsync("Casablanca");
        await page.GetByLabel("A connu le service par").SelectOptionAsync("CommunityAgent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire une personne" }).ClickAsync();
    }

    /// <summary>Records a consent from the file's consents page, collected on a signed form.</summary>
    public static async Task RecordConsentAsync(IPage page, string purpose, string? recipient = null, params string[] shares)
    {
        await OpenSectionAsync(page, "Consentements");
        var consents = Section(page, "Consentements");
        await OpenFormAsync(consents, "Enregistrer un consentement");
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

    /// <summary>Opens a section of the person's file from its side navigation, as a counsellor does.</summary>
    public static async Task OpenSectionAsync(IPage page, string name)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Sections du dossier" }).GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.Locator("nav.file-nav a[aria-current=page]")).ToContainTextAsync(name);
    }

    /// <summary>Opens a form the section keeps folded under its summary line (it may already be open).</summary>
    public static async Task OpenFormAsync(ILocator section, string summary)
    {
        var details = section.Locator("details").Filter(new() { Has = section.Page.Locator("summary", new() { HasText = summary }) });
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("summary").ClickAsync();
        }

        await Expect(details).ToHaveAttributeAsync("open", "");
    }

    /// <summary>A card of the page found by its heading, as a reader scanning the page finds it.</summary>
    public static ILocator Section(IPage page, string heading) =>
        page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 2 }) });
}
