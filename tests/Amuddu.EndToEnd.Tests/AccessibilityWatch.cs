using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// axe-core on every HTML document a browser test lands on (after a navigation or a form sent), in the language the
/// page is shown in. Each page is analysed once per language per test run: its address with the ids replaced
/// (<c>/people/{id}</c>), plus the roles a home shows (<c>[data-role]</c>), since one address serves every role's home.
/// A critical or serious violation fails the test, naming the rule, the page and the elements.
/// </summary>
public sealed partial class AccessibilityWatch
{
    /// <summary>
    /// Every rule, every element, but the details of the violations alone: axe-core then leaves the elements that pass
    /// (or do not apply) out of its answer, which on a long page is most of the time spent sending it back. Run with
    /// <c>axe.run</c> in the page itself (<c>RunAxeLegacy</c>) rather than a partial run per frame finished in a blank
    /// page of its own (a second page and a second copy of axe-core per analysis): the app's pages have no frames, the
    /// one thing the legacy run does not reach. Given the whole document (<c>html</c>), axe-core runs its page-level
    /// rules too (a title, a main landmark, a heading).
    /// </summary>
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>What has been analysed in this test run (the process), so that a page met again is not analysed again.</summary>
    private static readonly ConcurrentDictionary<string, bool> Analysed = new();

    private readonly Lock _gate = new();
    private readonly List<Task> _running = [];
    private readonly List<string> _violations = [];

    /// <summary>
    /// Pages left before their analysis ended (a page closed, a script navigating at once): analysed again at the end
    /// in a page of their own, while their context is open.
    /// </summary>
    private readonly ConcurrentDictionary<string, (IBrowserContext Context, string Url)> _missed = new();

    /// <summary>Whether a page (by its key) was analysed in this test run, by this session or an earlier one (a page is analysed once per run).</summary>
    public static bool WasAnalysed(Func<string, bool> key) => Analysed.Keys.Any(key);

    /// <summary>
    /// Analyses each document the page loads, while the test goes on. A page the test leaves before its analysis
    /// ends is analysed again at the end (<see cref="AssertNoSeriousViolationsAsync"/>) while its context is open;
    /// a test that wants each page read as it is shown waits for <see cref="SettledAsync"/> before going on.
    /// </summary>
    public void Watch(IPage page) => page.Load += (_, loaded) =>
    {
        var analysis = AnalyseAsync(loaded);
        lock (_gate)
        {
            _running.Add(analysis);
        }
    };

    /// <summary>Waits for the analyses under way, so that the page is not left before its analysis ends.</summary>
    public async Task SettledAsync()
    {
        while (true)
        {
            Task[] running;
            lock (_gate)
            {
                running = [.. _running];
                _running.Clear();
            }

            if (running.Length == 0)
            {
                break;
            }

            await Task.WhenAll(running);
        }
    }

    /// <summary>Waits for the analyses under way, analyses the pages a test left too soon, and fails on any violation found.</summary>
    public async Task AssertNoSeriousViolationsAsync()
    {
        await SettledAsync();
        foreach (var (key, (context, url)) in _missed.ToArray())
        {
            _missed.TryRemove(key, out _);
            if (Analysed.ContainsKey(key))
            {
                continue;
            }

            IPage page;
            try
            {
                page = await context.NewPageAsync();
            }
            catch (PlaywrightException)
            {
                // Its context was closed by the test: nothing more to read it with.
                continue;
            }

            try
            {
                await page.GotoAsync(url);
                await AnalyseAsync(page, retried: true);
            }
            finally
            {
                await page.CloseAsync();
            }
        }

        string[] found;
        lock (_gate)
        {
            found = [.. _violations];
            _violations.Clear();
        }

        if (found.Length > 0)
        {
            throw new AccessibilityException(string.Join(Environment.NewLine, found));
        }
    }

    private async Task AnalyseAsync(IPage page, bool retried = false)
    {
        var url = page.Url;
        if (!url.StartsWith("http", StringComparison.Ordinal))
        {
            // about:blank, an error page of Chromium's own.
            return;
        }

        string key;
        try
        {
            var facts = await page.EvaluateAsync<PageFacts>(
                """
                () => ({
                  html: document.contentType === 'text/html',
                  lang: document.documentElement.lang || '',
                  roles: [...new Set([...document.querySelectorAll('[data-role]')].map(e => e.dataset.role))].sort().join(','),
                })
                """);
            if (!facts.Html)
            {
                return;
            }

            key = Key(facts.Lang, url, facts.Roles);
        }
        catch (PlaywrightException) when (!retried)
        {
            // The page went on to the next one before it could be read: analysed at the end.
            _missed.TryAdd("? " + url, (page.Context, url));
            return;
        }

        if (!Analysed.TryAdd(key, true))
        {
            return;
        }

        AxeResult result;
        try
        {
            // Marked obsolete ("being removed in the future"): when it goes, this fails to build and the choice is made again.
#pragma warning disable CS0618
            result = await page.Locator("html").RunAxeLegacy(ViolationsOnly);
#pragma warning restore CS0618
        }
        catch (PlaywrightException) when (!retried)
        {
            Analysed.TryRemove(key, out _);
            _missed.TryAdd(key, (page.Context, url));
            return;
        }

        foreach (var violation in result.Violations.Where(v => v.Impact is "critical" or "serious"))
        {
            var text = new StringBuilder()
                .Append(violation.Impact).Append(' ').Append(violation.Id).Append(" on ").Append(url)
                .Append(" (").Append(key).Append("): ").Append(violation.Help);
            foreach (var node in violation.Nodes.Take(10))
            {
                text.AppendLine().Append("    ").Append(node.Target).Append("  ").Append(node.Html);
            }

            lock (_gate)
            {
                _violations.Add(text.ToString());
            }
        }
    }

    /// <summary>Whether this page (not a home: homes differ by role) was analysed in this language in this test run.</summary>
    public static bool IsAnalysed(string language, string url) => Analysed.ContainsKey(Key(language, url));

    /// <summary>The language, the address without its query and with its ids as <c>{id}</c>, and the roles a home shows.</summary>
    public static string Key(string language, string url, string roles = "")
    {
        var path = new Uri(url).AbsolutePath;
        path = Ids().Replace(path, "{id}");
        return roles.Length == 0 ? $"{language} {path}" : $"{language} {path} [{roles}]";
    }

    [GeneratedRegex(@"(?<=/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]+)(?=/|$)")]
    private static partial Regex Ids();

    private sealed class PageFacts
    {
        public bool Html { get; set; }
        public string Lang { get; set; } = "";
        public string Roles { get; set; } = "";
    }
}

public sealed class AccessibilityException(string message)
    : Exception("axe-core found critical or serious violations:" + Environment.NewLine + message);
