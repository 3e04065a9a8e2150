using Amuddu.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Amuddu.EndToEnd.Tests.JourneySteps;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>The person file on a 390 px phone: nothing wider than the screen, every section one tap from the header.</summary>
public sealed class FileOnPhoneJourneyTests
{
    [Fact]
    public async Task On_a_phone_the_file_fits_the_screen_and_each_section_is_one_tap_away()
    {
        await using var session = await BrowserSession.StartAsync();
        var (_, personId) = await session.App.RegisterSomeoneAsync("Aminata", "Diallo-Kourouma-Traoré", "GN");
        var phone = await session.NewVisitorAsync("fr-FR", 390, 844, phone: true);
        await SignInAsync(session, phone, Demo.Counsellor);

        foreach (var url in new[] { $"/people/{personId}", $"/people/{personId}/consents", $"/people/{personId}/support", $"/people/{personId}/follow-up" })
        {
            await phone.GotoAsync(url);
            var nav = phone.Locator("nav.file-nav");
            await Expect(nav.Locator("a")).ToHaveCountAsync(14);
            Assert.Equal(390, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        }

        // The strip scrolls inside its own box: the last section is reached without the page scrolling sideways.
        await phone.GotoAsync($"/people/{personId}");
        await phone.Locator("nav.file-nav a").Last.ClickAsync();
        await phone.WaitForURLAsync("**/access-log");
        await Expect(phone.Locator("nav.file-nav a[aria-current=page]")).ToContainTextAsync("Consultations");
        Assert.Equal(390, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
    }
}
