using System.IO.Compression;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// The analyst reads the demo's results framework in Chromium: in French and in Arabic (right to left), filters a
/// region, opens an indicator's breakdown and its chart, downloads the view as XLSX with the session, and prints the
/// quarterly donor report on A4; on a phone the pages fit the screen. axe-core watches every page.
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class IndicatorsJourneyTests(DemoBrowser demo)
{
    [Fact]
    public async Task The_analyst_reads_filters_breaks_down_downloads_and_prints_the_indicators()
    {
        var page = await demo.SignedInAsync(StaffRole.Named("analyst"));
        await page.GotoAsync("/home");
        await page.Locator("[data-main-action]").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Indicateurs" })).ToBeVisibleAsync();
        foreach (var result in new[] { "R1", "R2", "R3", "R4" })
        {
            await Expect(page.Locator($"[data-result='{result}']")).ToBeVisibleAsync();
        }

        // Every indicator has its chart, an image with a name.
        var registered = page.Locator("[data-indicator='R1.4']");
        await Expect(registered.Locator("svg[role='img']")).ToHaveCountAsync(1);

        // A region: the address carries it and the figures are filtered.
        await page.Locator("#indicators-region").SelectOptionAsync(new SelectOptionValue { Label = "Casablanca-Settat" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("region=MA-06"));
        await Expect(page.Locator("#indicators-region")).ToHaveValueAsync("MA-06");

        // An indicator broken down: its chart and its table, a small count shown as "<5", never as a number.
        await page.Locator("[data-indicator='R1.4']").GetByRole(AriaRole.Link, new() { Name = "Ventiler" }).ClickAsync();
        var breakdown = page.Locator("#breakdown");
        await Expect(breakdown.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("R1.4");
        await Expect(breakdown.Locator("table.breakdown tbody tr")).Not.ToHaveCountAsync(0);
        await page.Locator("#breakdown-rows").SelectOptionAsync("AgeBand");
        await page.Locator("#breakdown-columns").SelectOptionAsync("Sex");
        await breakdown.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await Expect(page.Locator("table.breakdown")).ToHaveAttributeAsync("data-breakdown", "AgeBandxSex");
        await demo.Session.Accessibility.SettledAsync();

        // The view as a workbook, downloaded with the session.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger (XLSX)" }).ClickAsync());
        Assert.Null(await download.FailureAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        using (var workbook = ZipFile.OpenRead((await download.PathAsync())!))
        {
            Assert.Contains(workbook.Entries, e => e.FullName == "xl/workbook.xml");
        }

        // The donor report, printed on A4: the filters and the forms stay off the paper.
        await page.GotoAsync("/indicators");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rapport trimestriel au bailleur" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Rapport trimestriel au bailleur");
        await Expect(page.Locator("[data-narrative]").First).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("form.filters")).ToBeHiddenAsync();
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await demo.Session.Accessibility.SettledAsync();

        // Arabic, right to left: the page, its charts running from the right, the report.
        await page.GotoAsync("/indicators");
        await DemoBrowser.SwitchLanguageAsync(page, "ar", "العربية");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("[data-chart='indicator']").First).ToHaveAttributeAsync("data-layout", "rtl");
        await page.Locator("[data-indicator='R3.4']").Locator("a[href*='indicator=']").ClickAsync();
        await Expect(page.Locator("#breakdown table.breakdown")).ToBeVisibleAsync();
        await page.GotoAsync("/indicators/report");
        await demo.Session.Accessibility.SettledAsync();
        await page.Context.CloseAsync();

        // On a phone (390 px) the indicators and the report fit the screen.
        var phone = await demo.SignedInAsync(StaffRole.Named("analyst"), 390, 844);
        foreach (var path in new[] { "/indicators", "/indicators/report" })
        {
            await phone.GotoAsync(path);
            Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390,
                $"{path} is wider than a phone: " + await phone.EvaluateAsync<string>("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).join(' ')"));
        }

        await phone.Context.CloseAsync();
        await demo.Session.Accessibility.AssertNoSeriousViolationsAsync();
        Assert.True(AccessibilityWatch.WasAnalysed(key => key.StartsWith("ar /indicators", StringComparison.Ordinal)));
    }
}
