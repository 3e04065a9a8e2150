using Amuddu.Web.Tests.Infrastructure;
using Microsoft.Playwright;

// One app and one Chromium at a time: side by side on a small machine they starve each other into timeouts.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// The app on a real Kestrel port on 127.0.0.1 and Debian's Chromium driven by Playwright
/// (never a downloaded browser), one Chromium for the whole run. One session (an app) per test, or one per class with
/// a context per test (<see cref="NewVisitorAsync"/>).
/// axe-core analyses every page it opens (<see cref="AccessibilityWatch"/>).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private BrowserSession(AmudduApp app, IBrowser browser, IPage page)
    {
        App = app;
        _browser = browser;
        Page = page;
        _contexts.Add(page.Context);
    }

    private readonly IBrowser _browser;

    /// <summary>The contexts this session opened, closed with it (the browser outlives the session).</summary>
    private readonly List<IBrowserContext> _contexts = [];

    public AmudduApp App { get; }
    public IPage Page { get; }

    /// <summary>axe-core on every page this session's browser lands on; a serious violation fails the test when the session ends.</summary>
    public AccessibilityWatch Accessibility { get; } = new();

    /// <summary>
    /// One Playwright driver and one Chromium for the whole test run: a session opens contexts in it (each its own
    /// cookies), so that a test pays for an app start, not for a driver and a browser too. Closed when the run ends.
    /// </summary>
    private static readonly Lazy<Task<IBrowser>> SharedBrowser = new(LaunchAsync);

    private static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("AMUDDU_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // As root in CI there is no sandbox; the other flags keep Chromium off the (closed) network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            playwright.Dispose();
        };
        return browser;
    }

    public static async Task<BrowserSession> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var app = await AmudduApp.StartAsync(settings);
        app.UseKestrel(0);
        app.StartServer();
        var browser = await SharedBrowser.Value;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = app.ClientOptions.BaseAddress.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 },
        });
        page.SetDefaultTimeout(WaitLimit);
        var session = new BrowserSession(app, browser, page);
        session.Accessibility.Watch(page);
        return session;
    }

    /// <summary>Waits for a page or a click may meet a test app sharing two cores with others: a minute, not Playwright's 30 s.</summary>
    private const float WaitLimit = 60_000;

    /// <summary>
    /// Another visitor on the same app, with their own cookies: a person on a phone, or a second
    /// member of staff signed in beside the first.
    /// </summary>
    public async Task<IPage> NewVisitorAsync(string locale, int width = 1024, int height = 768, bool phone = false, string? signedIn = null)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.ClientOptions.BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
            // The cookies of a sign-in made once (StorageStateAsync), so that each test need not sign in again.
            StorageState = signedIn,
        });
        context.SetDefaultTimeout(WaitLimit);
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        var page = await context.NewPageAsync();
        Accessibility.Watch(page);
        return page;
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Accessibility.AssertNoSeriousViolationsAsync();
        }
        finally
        {
            foreach (var context in _contexts)
            {
                try
                {
                    await context.CloseAsync();
                }
                catch (PlaywrightException)
                {
                    // Closed already, by the test or with the browser.
                }
            }

            await App.DisposeAsync();
        }
    }
}
