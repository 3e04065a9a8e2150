using System.Xml.Linq;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Support;

namespace Amuddu.Web.Tests.Platform;

/// <summary>Tabs and status chips are list items of their own, the current one marked, so they never read as one word ("ReçuesEnvoyées").</summary>
public sealed class TabsTests
{
    /// <summary>The page's first <c>nav class="tabs…"</c>, read as XML.</summary>
    private static XElement Tabs(string rawHtml)
    {
        var start = rawHtml.IndexOf("<nav class=\"tabs", StringComparison.Ordinal);
        Assert.True(start >= 0, "No tabs on the page.");
        var end = rawHtml.IndexOf("</nav>", start, StringComparison.Ordinal) + "</nav>".Length;
        return XElement.Parse(rawHtml[start..end]);
    }

    private static List<XElement> Items(XElement nav)
    {
        var list = Assert.Single(nav.Elements("ul"));
        Assert.Empty(nav.Elements("a"));
        return [.. list.Elements("li")];
    }

    [Fact]
    public async Task The_referral_boxes_received_and_sent_are_two_list_items_with_the_current_one_marked()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var received = Items(Tabs(await browser.GetStringAsync("/referrals")));
        var sent = Items(Tabs(await browser.GetStringAsync("/referrals?box=sent")));

        Assert.Equal(["Reçues", "Envoyées"], received.Select(li => li.Value.Trim()));
        Assert.All(received, li => Assert.Single(li.Elements("a")));
        Assert.Equal(["page", null], received.Select(li => (string?)li.Element("a")!.Attribute("aria-current")));
        Assert.Equal([null, "page"], sent.Select(li => (string?)li.Element("a")!.Attribute("aria-current")));
    }

    [Fact]
    public async Task The_officers_status_chips_are_each_a_list_item_with_its_count()
    {
        await using var app = await AmudduApp.StartAsync();
        var (programme, _, personId) = await Support.Decisions.DecisionKit.SeedAsync(app, ApplicationStatus.EligibilityChecked);
        await app.SeedApplicationAsync(programme, personId, ApplicationStatus.UnderReview);
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Officer);

        var all = Items(Tabs(await browser.GetStringAsync("/applications")));
        var underReview = Items(Tabs(await browser.GetStringAsync("/applications?status=UnderReview")));

        Assert.Equal(["Toutes (2)", "Éligibilité vérifiée (1)", "En examen (1)"], all.Select(li => string.Join(" ", li.Value.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal("page", (string?)all[0].Element("a")!.Attribute("aria-current"));
        Assert.Equal(["UnderReview"], underReview.Where(li => (string?)li.Element("a")!.Attribute("aria-current") == "page")
            .Select(li => (string?)li.Element("a")!.Attribute("data-status")));
    }
}
