using Amuddu.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

public sealed class SignInJourneyTests
{
    [Fact]
    public async Task Counsellor_signs_in_with_an_authenticator_code_switches_to_arabic_and_signs_out()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Connexion du personnel" }).ClickAsync();
        await page.GetByLabel("Adresse e-mail").FillAsync(Demo.Counsellor);
        await page.GetByLabel("Mot de passe").FillAsync(Demo.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await page.WaitForURLAsync("**/account/two-factor**");
        await page.GetByLabel("Code de vérification", new() { Exact = true }).FillAsync(Totp.Next(session.App, Demo.Counsellor));
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();

        await page.WaitForURLAsync("**/home");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bonjour Youssef El Amrani");
        await Expect(page.Locator("[data-role=Counsellor] h2")).ToHaveTextAsync("Conseiller emploi");
        await session.ScreenshotAsync("counsellor-home-fr");

        await page.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        await page.WaitForURLAsync("**/home");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("مرحباً Youssef El Amrani");
        // Mirrored layout: the brand sits on the right-hand side of the bar.
        var brand = await page.Locator(".brand").BoundingBoxAsync();
        Assert.True(brand!.X > 1024 / 2, $"brand at x={brand.X}");
        await session.ScreenshotAsync("counsellor-home-ar");

        // Signing out is in the account menu of the top bar.
        await page.Locator("details.account > summary").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الخروج" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "دخول الموظفين" })).ToBeVisibleAsync();

        await page.GotoAsync("/home");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
    }
}
