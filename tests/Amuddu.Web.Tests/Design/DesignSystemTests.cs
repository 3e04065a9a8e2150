using System.Net;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Design;

public sealed class DesignSystemTests
{
    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/manifest.webmanifest", "application/manifest+json")]
    [InlineData("/icons/icon-192.png", "image/png")]
    [InlineData("/icons/icon-512.png", "image/png")]
    [InlineData("/icons/apple-touch-icon.png", "image/png")]
    public async Task The_favicon_manifest_and_icons_are_static_files_anyone_gets(string path, string contentType)
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task Every_page_links_the_favicon_and_the_manifest_which_names_its_icons()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();

        var home = await (await browser.GetAsync("/")).ReadHtmlAsync();
        var manifest = await browser.GetStringAsync("/manifest.webmanifest");

        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"", home, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\"", home, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(manifest);
        Assert.Equal("Amuddu", json.RootElement.GetProperty("name").GetString());
        Assert.Contains(json.RootElement.GetProperty("icons").EnumerateArray(), i => i.GetProperty("src").GetString() == "/icons/icon-512.png");
    }

    [Theory]
    [InlineData("fr", "ltr", "Système de design", "Il y a un problème", "Reçues", "Envoyées", "Page 1 sur 5", "(obligatoire)")]
    [InlineData("ar", "rtl", "نظام التصميم", "هناك مشكلة", "الواردة", "المرسلة", "الصفحة 1 من 5", "(إلزامي)")]
    [InlineData("en", "ltr", "Design system", "There is a problem", "Received", "Sent", "Page 1 of 5", "(required)")]
    public async Task The_design_page_shows_each_component_in_the_reader_s_language(
        string language, string direction, string title, string errorTitle, string received, string sent, string page, string required)
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser(language);

        var response = await browser.GetAsync("/design");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.ReadHtmlAsync();
        Assert.Contains($"<html lang=\"{language}\" dir=\"{direction}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        foreach (var component in new[] { "PageHeader", "SummaryList", "TaskList", "Tabs", "Card · Badge", "DangerButton", "ErrorSummary", "EmptyState", "Pager", "Td" })
        {
            Assert.Contains(component, html, StringComparison.Ordinal);
        }

        // The error summary links each mistake to its field; the date typed is kept and named.
        Assert.Contains("class=\"error-summary\" role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains(errorTitle, html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#design-name\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#design-date\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/1994\"", html, StringComparison.Ordinal);
        Assert.Contains(required, html, StringComparison.Ordinal);
        // Tabs: each its own item, the current one marked; never two labels run together.
        Assert.Matches($"<li><a href=\"[^\"]+\" aria-current=\"page\">{received}<span class=\"tab-count\">12</span></a></li>", html);
        Assert.DoesNotContain(received + sent, html, StringComparison.Ordinal);
        Assert.Contains(page, html, StringComparison.Ordinal);
        // Stacked table cells name their column, icons are inline SVG hidden from screen readers.
        Assert.Contains("<td data-label=", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"icon", html, StringComparison.Ordinal);
        // Badges as counts, the one badge style of the role homes and the person file.
        Assert.Contains("<span class=\"badge badge-danger badge-count\">3</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_design_page_switches_language_from_its_address_and_its_danger_action_asks_first()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();

        var switched = await browser.GetAsync("/design?lang=ar");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/language/ar?returnUrl=%2Fdesign", switched.Target());
        var back = await browser.GetAsync(switched.Target());
        Assert.Equal("/design", back.Target());
        Assert.Contains("dir=\"rtl\"", await (await browser.GetAsync("/design")).ReadHtmlAsync(), StringComparison.Ordinal);

        var english = app.CreateBrowser("en");
        var page = await (await english.GetAsync("/design")).ReadHtmlAsync();
        Assert.Contains("<a class=\"button danger\" href=\"/design/suspend\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Yes, suspend the support", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"design-suspend\"", page, StringComparison.Ordinal);

        // The step is a page of its own, drawn by the shared ConfirmStep like suspend, cancel, erase and merge.
        var step = await (await english.GetAsync("/design/suspend")).ReadHtmlAsync();
        Assert.Contains("<h1>Suspend Fatou Diop's support?</h1>", step, StringComparison.Ordinal);
        Assert.Contains("data-component=\"confirm-step\" data-change=\"suspend\"", step, StringComparison.Ordinal);
        Assert.Contains("<h2>What will happen</h2>", step, StringComparison.Ordinal);
        Assert.Contains("<h2>What is kept</h2>", step, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" class=\"danger\">Yes, suspend the support</button>", step, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/design#sample-buttons\">Go back without changing anything</a>", step, StringComparison.Ordinal);

        var done = await (await english.SubmitFormAsync("/design/suspend", "design-suspend")).ReadHtmlAsync();
        Assert.Contains("Example only: nothing was suspended.", done, StringComparison.Ordinal);
        Assert.DoesNotContain("data-component=\"confirm-step\"", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_top_bar_folds_the_staff_navigation_and_the_account_into_menus()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var html = await (await browser.GetAsync("/home")).ReadHtmlAsync();

        Assert.Contains("<details class=\"nav-menu\">", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"account\">", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/account/sign-out\"", html, StringComparison.Ordinal);
    }
}
