using System.Text.RegularExpressions;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Rights;
using Amuddu.Web.Tests.Support;
using Amuddu.Web.Tests.Support.Payments;

namespace Amuddu.Web.Tests.Design;

/// <summary>Suspending, cancelling, erasing and merging ask on a page of their own, and all four draw it with the design system's ConfirmStep.</summary>
public sealed partial class ConfirmPatternTests
{
    [Fact]
    public async Task Suspend_cancel_erase_and_merge_each_render_the_shared_confirmation_step()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var survivor = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        var duplicate = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0655443322");
        var duplicateNumber = await RightsData.FileNumberAsync(client, duplicate);
        var counsellor = app.CreateBrowser("fr");
        await app.WebSignInAsync(counsellor, Demo.Counsellor);
        var (_, personId) = await app.RegisterSomeoneAsync("Fatou", "Diop", "SN");
        var application = await app.SeedApprovedAsync(await app.SeedProgrammeAsync(), personId);
        var officer = app.CreateBrowser("fr");
        await app.WebSignInAsync(officer, Demo.Officer);

        var pages = new (HttpClient Browser, string Url, string Change, string Form)[]
        {
            (officer, $"/applications/{application.Id}/suspend", "suspend", "suspend"),
            (officer, $"/applications/{application.Id}/cancel", "cancel", "cancel-support"),
            (counsellor, $"/people/{survivor}/erase", "erase", "erase"),
            (counsellor, $"/people/{survivor}/merge?fileNumber={duplicateNumber}", "merge", "merge"),
        };
        foreach (var (browser, url, change, form) in pages)
        {
            var html = await (await browser.GetAsync(url)).ReadHtmlAsync();

            // Exactly one step, the component's own markers, its form inside it, the page's question above it.
            var step = Assert.Single(Step().Matches(html)).Value;
            Assert.Contains($"data-component=\"confirm-step\" data-change=\"{change}\"", step, StringComparison.Ordinal);
            Assert.Contains($"value=\"{form}\"", step, StringComparison.Ordinal);
            Assert.Matches("<h2>Ce qui va se passer</h2>\\s*<ul class=\"consequences\">\\s*<li>", step);
            Assert.Matches("<h2>Ce qui est conservé</h2>\\s*<ul class=\"kept\">\\s*<li>", step);
            Assert.Matches("<div class=\"confirm-actions\">\\s*<button type=\"submit\" class=\"danger\">[^<]+</button>", step);
            Assert.Contains(">Revenir sans rien changer</a>", step, StringComparison.Ordinal);
            Assert.Single(Regex.Matches(html, "<h1>"));
            Assert.Contains("href=\"confirm.css\"", html, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<div class=\"confirm-step\" id=\"confirm-step\" data-component=\"confirm-step\".*?</form>\\s*</div>", RegexOptions.Singleline)]
    private static partial Regex Step();
}
