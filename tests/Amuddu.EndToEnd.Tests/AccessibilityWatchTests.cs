using Microsoft.Playwright;

namespace Amuddu.EndToEnd.Tests;

/// <summary>The harness's axe-core check itself: it finds a serious violation on a page a test opens and names it.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class AccessibilityWatchTests(DemoBrowser demo)
{
    [Fact]
    public async Task A_page_with_a_serious_violation_fails_the_test_naming_the_rule_the_page_and_the_element()
    {
        var page = await demo.Session.NewVisitorAsync("fr-FR");
        // A page of the app's address the app does not have: no title, an image with no text and grey on white.
        await page.RouteAsync("**/axe-probe/**", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = """
                   <!DOCTYPE html><html lang="fr"><head></head><body><main>
                   <h1>Sonde</h1><img id="no-text" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb;background:#fff">Texte pâle</p>
                   </main></body></html>
                   """,
        }));
        await page.GotoAsync($"/axe-probe/{Guid.NewGuid()}");

        var failure = await Assert.ThrowsAsync<AccessibilityException>(demo.Session.Accessibility.AssertNoSeriousViolationsAsync);
        Assert.Contains("critical image-alt on http://127.0.0.1:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("/axe-probe/", failure.Message, StringComparison.Ordinal);
        Assert.Contains("(fr /axe-probe/{id})", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#no-text", failure.Message, StringComparison.Ordinal);
        Assert.Contains("serious color-contrast", failure.Message, StringComparison.Ordinal);
        // A rule on the whole document, not on an element of it.
        Assert.Contains("serious document-title", failure.Message, StringComparison.Ordinal);

        // Analysed once per test run: the same page under another id is not analysed again, and the failure was reported once.
        await page.GotoAsync($"/axe-probe/{Guid.NewGuid()}");
        await demo.Session.Accessibility.AssertNoSeriousViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("ar", "http://127.0.0.1:5000/people/0190a1b2-0000-7000-8000-00000000abcd/positioning?tab=x#y", "ar /people/{id}/positioning")]
    [InlineData("fr", "http://127.0.0.1:5000/people", "fr /people")]
    [InlineData("fr", "http://127.0.0.1:5000/people/123", "fr /people/{id}")]
    public void Pages_are_told_apart_by_language_and_address_with_ids_replaced(string language, string url, string key) =>
        Assert.Equal(key, AccessibilityWatch.Key(language, url));
}
