using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// Every role's home and the person file on a desktop (1280×900) and a phone (390×844), in French and Arabic: no
/// horizontal scrolling, the main action (<c>[data-main-action]</c>) on the first screen, each section of the file
/// (<c>nav.file-nav</c>) one tap away; the page weight with compression; and, when <c>AMUDDU_SCREENSHOTS</c> names a
/// folder, a picture of each into it (<c>docs/screenshots/</c>).
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class PhoneAndDesktopTests(DemoBrowser demo, ITestOutputHelper output)
{
    private static readonly (string Name, int Width, int Height)[] Sizes = [("desktop", 1280, 900), ("phone", 390, 844)];

    private static readonly (string Code, string Label)[] Languages = [("fr", "Français"), ("ar", "العربية")];

    /// <summary>The budget of one page, everything it loads counted as it travels (compressed), with an empty cache.</summary>
    private const long PageWeightBudget = 100 * 1024;

    [Theory]
    [MemberData(nameof(StaffRole.Names), MemberType = typeof(StaffRole))]
    public async Task Role_home_and_person_file_fit_a_phone_and_a_desktop(string name)
    {
        var role = StaffRole.Named(name);
        var failures = new List<string>();
        foreach (var size in Sizes)
        {
            var page = await demo.SignedInAsync(role, size.Width, size.Height);
            foreach (var (language, label) in Languages)
            {
                if (language != "fr")
                {
                    await DemoBrowser.SwitchLanguageAsync(page, language, label);
                }

                await page.GotoAsync("/home");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                await demo.Session.Accessibility.SettledAsync();
                if (await page.Locator("section.role-home[data-role]").CountAsync() == 0)
                {
                    failures.Add($"{role} home {language} {size.Name}: no section.role-home[data-role]");
                }

                await CheckScreenAsync(page, size, $"{role} home {language} {size.Name}", failures);
                await ScreenshotAsync(page, size, $"{role}-home-{language}-{size.Width}");

                if (role.Name == "counsellor")
                {
                    var file = $"/people/{demo.PersonId}";
                    await page.GotoAsync(file);
                    await demo.Session.Accessibility.SettledAsync();
                    await CheckScreenAsync(page, size, $"person file {language} {size.Name}", failures);
                    await ScreenshotAsync(page, size, $"person-file-{language}-{size.Width}");

                    await CheckSectionsAsync(page, size, file, $"{language} {size.Name}", failures);
                }
            }

            await demo.Session.Accessibility.AssertNoSeriousViolationsAsync();
            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Each_role_home_and_the_person_file_weigh_under_100_kB_compressed()
    {
        var weights = new List<(string Page, long Bytes, long Decoded, int Requests, string Encodings)>();
        foreach (var role in StaffRole.All)
        {
            var page = await demo.SignedInAsync(role);
            var paths = role.Name == "counsellor" ? new[] { "/home", $"/people/{demo.PersonId}" } : ["/home"];
            foreach (var path in paths)
            {
                var (bytes, decoded, requests, encodings) = await WeighAsync(page, path);
                weights.Add((path == "/home" ? $"{role} home" : "person file", bytes, decoded, requests, encodings));
            }

            await demo.Session.Accessibility.AssertNoSeriousViolationsAsync();
            await page.Context.CloseAsync();
        }

        // The table of docs/design.md (page weight): page, decoded, transferred, requests, the document's encoding.
        foreach (var (page, bytes, decoded, requests, encodings) in weights)
        {
            output.WriteLine($"| {page} | {decoded / 1024.0:0.0} kB | {bytes / 1024.0:0.0} kB | {requests} | {encodings} |");
        }

        // The document itself travels compressed.
        Assert.All(weights, w => Assert.DoesNotContain("identity", w.Encodings, StringComparison.Ordinal));
        var heavy = weights.Where(w => w.Bytes > PageWeightBudget).ToList();
        Assert.True(heavy.Count == 0, string.Join(", ", heavy.Select(w => $"{w.Page}: {w.Bytes / 1024.0:0.0} kB")));
    }

    /// <summary>
    /// Everything the page loads with an empty cache, counted as transferred (response headers and encoded bodies), and
    /// as it is once decoded (headers and bodies as the page reads them).
    /// </summary>
    private static async Task<(long Bytes, long Decoded, int Requests, string Encodings)> WeighAsync(IPage page, string path)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
        var gate = new Lock();
        var started = 0;
        var finished = new List<IRequest>();
        var allDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Started(object? sender, IRequest request)
        {
            lock (gate)
            {
                started++;
            }
        }

        void Ended(IRequest request, bool ok)
        {
            lock (gate)
            {
                if (ok)
                {
                    finished.Add(request);
                }

                if (--started == 0)
                {
                    allDone.TrySetResult();
                }
            }
        }

        void Finished(object? sender, IRequest request) => Ended(request, ok: true);
        void Failed(object? sender, IRequest request) => Ended(request, ok: false);
        page.Request += Started;
        page.RequestFinished += Finished;
        page.RequestFailed += Failed;
        // Loaded (the document, its style sheets and images), then every request it started finished: no idle wait.
        await page.GotoAsync(path);
        bool pending;
        lock (gate)
        {
            pending = started > 0;
        }

        if (pending)
        {
            await allDone.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        page.Request -= Started;
        page.RequestFinished -= Finished;
        page.RequestFailed -= Failed;
        await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = false });
        await cdp.DetachAsync();

        long bytes = 0, decoded = 0;
        var encodings = new SortedSet<string>();
        foreach (var request in finished)
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            decoded += sizes.ResponseHeadersSize;
            var response = await request.ResponseAsync();
            if (response is null)
            {
                continue;
            }

            decoded += (await response.BodyAsync()).Length;
            if (request.ResourceType == "document")
            {
                encodings.Add((await response.AllHeadersAsync()).GetValueOrDefault("content-encoding", "identity"));
            }
        }

        return (bytes, decoded, finished.Count, string.Join(' ', encodings));
    }

    /// <summary>No horizontal scrolling on the phone; the main action within the first screen.</summary>
    private static async Task CheckScreenAsync(IPage page, (string Name, int Width, int Height) size, string what, List<string> failures)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (width > size.Width)
        {
            failures.Add($"{what}: {width} px wide on a {size.Width} px screen ({page.Url})");
        }

        var action = page.Locator("[data-main-action]").First;
        if (await page.Locator("[data-main-action]").CountAsync() == 0 || !await action.IsVisibleAsync())
        {
            failures.Add($"{what}: no visible [data-main-action] ({page.Url})");
            return;
        }

        var box = await action.BoundingBoxAsync();
        if (box is null || box.Y < 0 || box.Y + box.Height > size.Height || box.X < 0 || box.X + box.Width > size.Width)
        {
            failures.Add($"{what}: the main action is at {box?.X},{box?.Y} ({box?.Width}×{box?.Height}), outside the first {size.Width}×{size.Height} screen ({page.Url})");
        }
    }

    /// <summary>
    /// Every link of the file's navigation is visible (on the first screen, or in a navigation box that scrolls on its
    /// own) and one tap on it opens its section, which fits the screen too.
    /// </summary>
    private async Task CheckSectionsAsync(IPage page, (string Name, int Width, int Height) size, string file, string what, List<string> failures)
    {
        if (await page.Locator("nav.file-nav").CountAsync() == 0)
        {
            failures.Add($"person file {what}: no nav.file-nav");
            return;
        }

        var links = await page.Locator("nav.file-nav").First.EvaluateAsync<JsonElement>(
            """
            (nav, screen) => [...nav.querySelectorAll('a[href]')].map(a => {
              const r = a.getBoundingClientRect();
              const onScreen = r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= screen.width && r.top >= 0 && r.bottom <= screen.height;
              let box = a.parentElement, scrolls = false;
              while (box && !scrolls && nav.contains(box)) {
                const style = getComputedStyle(box);
                scrolls = (/(auto|scroll)/.test(style.overflowX) && box.scrollWidth > box.clientWidth)
                       || (/(auto|scroll)/.test(style.overflowY) && box.scrollHeight > box.clientHeight);
                if (!scrolls) box = box.parentElement;
              }
              let inBox = false;
              if (scrolls) {
                const b = box.getBoundingClientRect();
                inBox = r.width > 0 && r.height > 0 && b.left >= 0 && b.right <= screen.width && b.top >= 0 && b.top < screen.height;
              }
              return { href: a.getAttribute('href'), text: a.textContent.trim(), visible: onScreen || inBox };
            })
            """,
            new { width = size.Width, height = size.Height });
        var sections = links.EnumerateArray()
            .Select(l => (Href: l.GetProperty("href").GetString()!, Text: l.GetProperty("text").GetString()!, Visible: l.GetProperty("visible").GetBoolean()))
            .ToList();
        if (sections.Count == 0)
        {
            failures.Add($"person file {what}: nav.file-nav has no link");
        }

        foreach (var hidden in sections.Where(s => !s.Visible))
        {
            failures.Add($"person file {what}: the section link «{hidden.Text}» ({hidden.Href}) is not on the first screen nor in a navigation that scrolls");
        }

        foreach (var section in sections)
        {
            // One tap, from whichever section is shown: the navigation is on every page of the file.
            var link = page.Locator("nav.file-nav").First.Locator($"a[href=\"{section.Href}\"]").First;
            var expected = new Uri(new Uri(page.Url), section.Href);
            var response = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(),
                r => r.Request.IsNavigationRequest && r.Frame == page.MainFrame && r.Status is < 300 or >= 400);
            await page.WaitForLoadStateAsync();
            if (!response.Ok || new Uri(page.Url).PathAndQuery != expected.PathAndQuery)
            {
                failures.Add($"person file {what}: the section «{section.Text}» ({section.Href}) opened {page.Url} ({response.Status})");
                await page.GotoAsync(file);
                continue;
            }

            await demo.Session.Accessibility.SettledAsync();
            await CheckWidthAsync(page, size, $"person file section «{section.Text}» {what}", failures);
        }
    }

    private static async Task CheckWidthAsync(IPage page, (string Name, int Width, int Height) size, string what, List<string> failures)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (width > size.Width)
        {
            failures.Add($"{what}: {width} px wide on a {size.Width} px screen ({page.Url})");
        }
    }

    /// <summary>When AMUDDU_SCREENSHOTS names a folder, the page's first three screens as a PNG in it.</summary>
    private static async Task ScreenshotAsync(IPage page, (string Name, int Width, int Height) size, string name)
    {
        var folder = Environment.GetEnvironmentVariable("AMUDDU_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        // All of its width (a page wider than the phone shows how much wider; in Arabic its start is on the right).
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, name + ".png"),
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = Math.Max(width, size.Width), Height = Math.Min(height, 3 * size.Height) },
        });
    }
}
