using System.Globalization;
using System.Net;
using System.Resources;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Platform;

public sealed class LocalisationTests
{
    [Fact]
    public async Task French_is_the_default_language()
    {
        await using var app = await AmudduApp.StartAsync();

        var html = await (await app.CreateBrowser().GetAsync("/")).ReadHtmlAsync();

        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Trouver une formation, un emploi, un accompagnement", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_arabic_gives_right_to_left_pages_and_is_remembered()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();

        var choose = await browser.GetAsync("/language/ar?returnUrl=%2Faccount%2Fsign-in");
        Assert.Equal(HttpStatusCode.Redirect, choose.StatusCode);
        Assert.Equal("/account/sign-in", choose.Target());

        var signIn = await (await browser.GetAsync("/account/sign-in")).ReadHtmlAsync();
        var landing = await (await browser.GetAsync("/")).ReadHtmlAsync();

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", signIn, StringComparison.Ordinal);
        Assert.Contains("<h1>تسجيل الدخول</h1>", signIn, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", landing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browser_s_language_is_used_until_one_is_chosen()
    {
        await using var app = await AmudduApp.StartAsync();

        var english = await (await app.CreateBrowser("en-US,en;q=0.9").GetAsync("/")).ReadHtmlAsync();
        var unsupported = await (await app.CreateBrowser("de-DE").GetAsync("/")).ReadHtmlAsync();

        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english, StringComparison.Ordinal);
        Assert.Contains("Find training, work and support", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\"", unsupported, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task The_language_switch_never_redirects_off_the_site(string returnUrl)
    {
        await using var app = await AmudduApp.StartAsync();

        var response = await app.CreateBrowser().GetAsync($"/language/en?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal("/", response.Target());
    }

    [Fact]
    public async Task Dates_follow_the_language_s_conventions()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var local = SiteTime.ToLocal(app.Clock.GetUtcNow());

        await browser.GetAsync("/language/en");
        var english = await (await browser.GetAsync("/home")).ReadHtmlAsync();
        await browser.GetAsync("/language/ar");
        var arabic = await (await browser.GetAsync("/home")).ReadHtmlAsync();

        Assert.Contains(local.ToString("g", CultureInfo.GetCultureInfo("en-GB")), english, StringComparison.Ordinal);
        Assert.Contains(local.ToString("g", CultureInfo.GetCultureInfo("ar-MA")), arabic, StringComparison.Ordinal);
        Assert.NotEqual(local.ToString("g", CultureInfo.GetCultureInfo("en-GB")), local.ToString("g", CultureInfo.GetCultureInfo("ar-MA")));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public void Every_text_has_a_translation(string language)
    {
        var manager = new ResourceManager("Amuddu.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
        var french = Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var translated = manager.GetResourceSet(CultureInfo.GetCultureInfo(language), true, false)!;

        Assert.True(french.Count > 100);
        Assert.DoesNotContain(french, key => string.IsNullOrWhiteSpace(translated.GetString(key)));
    }

    private static List<string> Keys(ResourceSet set) =>
        [.. set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key)];
}
