using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// Each demo role, signed in, goes through its pages in French and then in Arabic: its home, every entry of its menu,
/// the first record each list links to, and (for the counsellors) a person's file with each of its sections. The
/// session's <see cref="AccessibilityWatch"/> runs axe-core on each page; a critical or serious violation fails the test.
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class RolePagesAccessibilityTests(DemoBrowser demo)
{
    [Theory]
    [MemberData(nameof(StaffRole.Names), MemberType = typeof(StaffRole))]
    public async Task Each_role_page_has_no_serious_axe_violation_in_french_and_arabic(string name)
    {
        var role = StaffRole.Named(name);
        var page = await demo.SignedInAsync(role);

        // French: the pages are found from the pages themselves, so that a page added to a menu is checked too.
        var pages = await VisitPagesOfAsync(page, role);
        await demo.Session.Accessibility.AssertNoSeriousViolationsAsync();

        // Arabic, right to left: the same pages.
        await page.GotoAsync("/home");
        await DemoBrowser.SwitchLanguageAsync(page, "ar", "العربية");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        foreach (var path in pages)
        {
            await VisitAsync(page, role, "ar", path);
        }

        await demo.Session.Accessibility.AssertNoSeriousViolationsAsync();
        await page.Context.CloseAsync();
        // Analysed here, or already by another test of the run (each page once per run, whichever session meets it first).
        Assert.True(AccessibilityWatch.WasAnalysed(key => key.StartsWith("ar /home", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The pages a role works on, visited in French: its menu, the first record of each list it opens, and (for the
    /// counsellors) the first person's file with its sections and the pages it links to.
    /// </summary>
    private async Task<List<string>> VisitPagesOfAsync(IPage page, StaffRole role)
    {
        var menu = await HrefsAsync(page, "header nav.nav a[href^='/']");
        var pages = new List<string>();
        foreach (var entry in menu.Where(m => m != "/home"))
        {
            pages.Add(entry);
            await VisitAsync(page, role, "fr", entry, always: true);
            // The first record the list links to: /referrals/{id}, /programmes/{id}, …
            var record = (await HrefsAsync(page, $"main a[href^='{entry}/']"))
                .Select(href => href.Split('#', '?')[0])
                .FirstOrDefault(href => DemoBrowser.Guid.IsMatch(href) && href.Count(c => c == '/') == entry.Count(c => c == '/') + 1);
            if (record is not null)
            {
                pages.Add(record);
                await VisitAsync(page, role, "fr", record);
            }
        }

        if (role.OpensFiles)
        {
            await page.GotoAsync("/people");
            var file = (await HrefsAsync(page, "main a[href^='/people/']")).First(href => DemoBrowser.Guid.IsMatch(href));
            pages.Add(file);
            await VisitAsync(page, role, "fr", file, always: true);
            // The file's sections (nav.file-nav), and the pages of the file it links to (positioning, profile, forms).
            var sections = (await HrefsAsync(page, "nav.file-nav a[href^='/'], main a[href^='/people/']"))
                .Select(href => href.Split('#')[0])
                .Where(href => href.StartsWith(file + "/", StringComparison.Ordinal))
                .Distinct();
            foreach (var section in sections)
            {
                pages.Add(section);
                await VisitAsync(page, role, "fr", section);
            }
        }

        return [.. pages.Distinct()];
    }

    /// <summary>Opens the page unless it was analysed in this language already (by this role or another).</summary>
    private async Task VisitAsync(IPage page, StaffRole role, string language, string path, bool always = false)
    {
        if (!always && AccessibilityWatch.IsAnalysed(language, new Uri(new Uri(page.Url), path).ToString()))
        {
            return;
        }

        IResponse? response;
        try
        {
            response = await page.GotoAsync(path);
        }
        catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
        {
            // A file the page offers (a scan, an export), not a page.
            return;
        }

        Assert.True(response is { Ok: true }, $"{role} {language} {path}: {response?.Status}");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        // Its analysis ends before the next page is opened.
        await demo.Session.Accessibility.SettledAsync();
    }

    private static async Task<List<string>> HrefsAsync(IPage page, string selector) =>
        [.. (await page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Distinct()];
}
