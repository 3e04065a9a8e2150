using Amuddu.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

public sealed class ReceptionJourneyTests
{
    [Fact]
    public async Task Counsellor_registers_a_person_in_arabic_script_is_warned_of_a_duplicate_and_opens_the_file()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await SignInAsync(session, Demo.Counsellor);

        await RegisterAsync(page, "فاطمة", "ديالو", "1994-07-21");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("فاطمة ديالو");

        await RegisterAsync(page, "فاطمه", "ديالو", "1994-07-21");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cette personne est peut-être déjà inscrite" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Prénom (écriture arabe)")).ToHaveValueAsync("فاطمه");
        await session.ScreenshotAsync("duplicate-warning");

        await page.Locator(".candidates a").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("فاطمة ديالو");
        await Expect(page.Locator("table").Last).ToContainTextAsync("Dossier consulté");
    }

    [Fact]
    public async Task The_registration_form_works_in_the_arabic_interface()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await SignInAsync(session, Demo.Counsellor);
        await page.GotoAsync("/language/ar?returnUrl=%2Fpeople%2Fnew");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await page.GetByLabel("الاسم الشخصي (بالحروف اللاتينية)").FillAsync("Aminata");
        await page.GetByLabel("الاسم العائلي (بالحروف اللاتينية)").FillAsync("Koné");
        await page.GetByLabel("الجنس", new() { Exact = true }).SelectOptionAsync("Female");
        await page.GetByLabel("تاريخ الازدياد").FillAsync("1999");
        await page.GetByLabel("الجنسية").SelectOptionAsync("CI");
        await page.GetByLabel("الجهة", new() { Exact = true }).SelectOptionAsync("MA-06");
        await page.GetByLabel("المدينة", new() { Exact = true }).FillAsync("Casablanca");
        await page.GetByLabel("تعرّف على الخدمة عن طريق").SelectOptionAsync("Ngo");
        await session.ScreenshotAsync("registration-ar");
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل شخص" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aminata Koné");
        await Expect(page.Locator("dl").First).ToContainTextAsync("ساحل العاج");
    }

    private static async Task SignInAsync(BrowserSession session, string email)
    {
        var page = session.Page;
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(Demo.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.GetByLabel("Code de vérification", new() { Exact = true }).FillAsync(Totp.Now(Demo.Key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await page.WaitForURLAsync("**/home");
    }

    private static async Task RegisterAsync(IPage page, string firstNameArabic, string lastNameArabic, string dateOfBirth)
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
}
