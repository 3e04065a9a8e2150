using Amuddu.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Amuddu.EndToEnd.Tests.JourneySteps;
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
        await OpenSectionAsync(page, "Consultations");
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
        await page.GetByLabel("الجنس (إلزامي)", new() { Exact = true }).SelectOptionAsync("Female");
        await page.GetByLabel("تاريخ الازدياد").FillAsync("1999");
        await page.GetByLabel("الجنسية").SelectOptionAsync("CI");
        await page.GetByLabel("الجهة (إلزامي)", new() { Exact = true }).SelectOptionAsync("MA-06");
        await page.GetByLabel("المدينة (إلزامي)", new() { Exact = true }).FillAsync("Casablanca");
        await page.GetByLabel("تعرّف على الخدمة عن طريق").SelectOptionAsync("Ngo");
        await session.ScreenshotAsync("registration-ar");
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل شخص" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aminata Koné");
        await Expect(page.Locator("dl").First).ToContainTextAsync("ساحل العاج");
    }
}
