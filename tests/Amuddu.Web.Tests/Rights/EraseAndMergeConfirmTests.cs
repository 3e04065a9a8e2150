using System.Net;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Rights;

/// <summary>Erasing and merging are each a step of their own: what will happen, what is kept, a danger button and a way back; opening it changes nothing.</summary>
public sealed class EraseAndMergeConfirmTests
{
    [Fact]
    public async Task The_erase_step_says_what_goes_and_what_stays_and_opening_it_erases_nothing()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        var version = await RightsData.VersionAsync(client, personId);
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var page = await browser.GetAsync($"/people/{personId}/erase");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.ReadHtmlAsync();
        Assert.Contains("data-change=\"erase\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Ce qui va se passer</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Ce qui est conservé</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Le registre des effacements : quand, pourquoi et par qui.", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" class=\"danger\">Effacer définitivement</button>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/people/{personId}\">Revenir sans rien changer</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"confirm.css\"", html, StringComparison.Ordinal);
        Assert.Equal("Awa", (await RightsData.PersonAsync(client, personId)).GetProperty("firstName").GetString());
        Assert.Equal(version, await RightsData.VersionAsync(client, personId));
    }

    [Fact]
    public async Task The_merge_step_names_both_files_and_opening_it_merges_nothing()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor, "en");
        var survivor = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        var duplicate = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0655443322");
        var survivorNumber = await RightsData.FileNumberAsync(client, survivor);
        var duplicateNumber = await RightsData.FileNumberAsync(client, duplicate);
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        // The search alone offers no merge; the step with both files does, with its consequences.
        var search = await (await browser.GetAsync($"/people/{survivor}/merge")).ReadHtmlAsync();
        Assert.DoesNotContain("value=\"merge\"", search, StringComparison.Ordinal);
        var html = await (await browser.GetAsync($"/people/{survivor}/merge?fileNumber={duplicateNumber}")).ReadHtmlAsync();

        Assert.Contains("data-change=\"merge\"", html, StringComparison.Ordinal);
        Assert.Contains($"Everything in file {duplicateNumber} (documents, consents, pathway, referrals, applications) moves to file {survivorNumber}.", html, StringComparison.Ordinal);
        Assert.Contains("The merge is written in both files and can be undone", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" class=\"danger\">Merge the other file into this one</button>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/people/{survivor}\">Go back without changing anything</a>", html, StringComparison.Ordinal);
        Assert.Equal(JsonValueKindNull, (await RightsData.PersonAsync(client, duplicate)).GetProperty("mergedIntoId").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
