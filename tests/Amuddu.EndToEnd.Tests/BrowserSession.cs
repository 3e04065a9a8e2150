using Amuddu.Web.Tests.Infrastructure;
using Microsoft.Playwright;

// One app and one Chromium at a time: side by side on a small machine they starve each other into timeouts.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// The app on a real Kestrel port on 127.0.0.1 and Debian's Chromium driven by Playwright
/// (never a downloaded browser). One per test, or one per class with a context per test (<see cref="NewVisitorAsync"/>).
/// axe-core analyses every page it opens (<see cref="AccessibilityWatch"/>).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private BrowserSession(AmudduApp app, IPlaywright playwright, IBrowser browser, IPage page)
    {
        App = app;
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    public AmudduApp App { get; }
    public IPage Page { get; }

    /// <summary>axe-core on every page this session's browser lands on; a serious violation fails the test when the session ends.</summary>
    public AccessibilityWatch Accessibility { get; } = new();

    public static async Task<BrowserSession> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var app = await AmudduApp.StartAsync(settings);
        app.UseKestrel(0);
        app.StartServer();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("AMUDDU_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // As root in CI there is no sandbox; the other flags keep Chromium off the (closed) network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = app.ClientOptions.BaseAddress.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 },
        });
        page.SetDefaultTimeout(WaitLimit);
        var session = new BrowserSession(app, playwright, browser, page);
        session.Accessibility.Watch(page);
        return session;
    }

    /// <summary>Waits for a page or a click may meet a test app sharing two cores with others: a minute, not Playwright's 30 s.</summary>
    private const float WaitLimit = 60_000;

    /// <summary>
    /// Another visitor on the same app, with their own cookies: a person on a phone, or a second
    /// member of staff signed in beside the first.
    /// </summary>
    public async Task<IPage> NewVisitorAsync(string locale, int width = 1024, int height = 768, bool phone = false)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.ClientOptions.BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(WaitLimit);
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
            await _browser.DisposeAsync();
            _playwright.Dispose();
            await App.DisposeAsync();
        }
    }
}
