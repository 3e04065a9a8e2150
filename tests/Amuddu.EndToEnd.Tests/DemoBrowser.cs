using System.Text.RegularExpressions;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// One app filled with every demo seeder (as <c>seed-demo</c> does) and one Chromium, shared by the classes of the
/// <see cref="DemoBrowserCollection"/>: each test opens a context of its own (its own cookies, size and language).
/// </summary>
public sealed class DemoBrowser : IAsyncLifetime
{
    private BrowserSession? _session;

    public BrowserSession Session => _session ?? throw new InvalidOperationException("Not started.");

    /// <summary>The demo counsellor's fullest file (referrals, notes and outcomes), opened by the checks of the person file.</summary>
    public Guid PersonId { get; private set; }

    public async Task InitializeAsync()
    {
        _session = await BrowserSession.StartAsync();
        await _session.App.SeedAllDemoDataAsync();
        var counsellor = await _session.App.QueryAsync(db => db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.Id).SingleAsync());
        PersonId = await _session.App.QueryAsync(db => db.People
            .Where(p => p.CounsellorId == counsellor && p.ErasedAt == null && p.MergedIntoId == null)
            .OrderByDescending(p => db.Referrals.Count(r => r.PersonId == p.Id) + db.ContactNotes.Count(n => n.PersonId == p.Id)
                + db.Outcomes.Count(o => o.PersonId == p.Id))
            .ThenBy(p => p.FileNumber)
            .Select(p => p.Id)
            .FirstAsync());
    }

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }

    /// <summary>Each role's cookies once signed in, taken from its first sign-in and given to its later contexts.</summary>
    private readonly Dictionary<string, string> _signedIn = [];

    private readonly SemaphoreSlim _signInGate = new(1, 1);

    /// <summary>
    /// A context of its own at this size, signed in as the account, on its home page. The account signs in (with its
    /// second factor) in its first context; the next ones start with that sign-in's cookies.
    /// </summary>
    public async Task<IPage> SignedInAsync(StaffRole role, int width = 1280, int height = 900)
    {
        await _signInGate.WaitAsync();
        try
        {
            if (_signedIn.TryGetValue(role.Email, out var state))
            {
                var page = await Session.NewVisitorAsync("fr-FR", width, height, phone: width < 600, signedIn: state);
                await page.GotoAsync("/home");
                await Expect(page).ToHaveURLAsync(new Regex("/home$"));
                return page;
            }

            var first = await Session.NewVisitorAsync("fr-FR", width, height, phone: width < 600);
            await JourneySteps.SignInAsync(Session, first, role.Email);
            _signedIn[role.Email] = await first.Context.StorageStateAsync();
            return first;
        }
        finally
        {
            _signInGate.Release();
        }
    }

    /// <summary>Switches the interface language with the switcher of the page shown, and waits for the same page in it.</summary>
    public static async Task SwitchLanguageAsync(IPage page, string language, string label)
    {
        var path = new Uri(page.Url).PathAndQuery;
        await page.Locator("nav.languages").GetByRole(AriaRole.Link, new() { Name = label }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        Assert.Equal(path, new Uri(page.Url).PathAndQuery);
    }

    public static readonly Regex Guid = new("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
}

[CollectionDefinition(Name)]
public sealed class DemoBrowserCollection : ICollectionFixture<DemoBrowser>
{
    public const string Name = "Demo data in one browser";
}

/// <summary>A demo account and what its role opens: the people's files or not.</summary>
public sealed record StaffRole(string Name, string Email, bool OpensFiles)
{
    public override string ToString() => Name;

    private static string Account(string name) => $"{name}@{DemoAccounts.Domain}";

    /// <summary>Every role of the demo, one account each.</summary>
    public static readonly StaffRole[] All =
    [
        new("counsellor", Account("counsellor"), OpensFiles: true),
        new("self-employment", Account("self-employment"), OpensFiles: true),
        new("agent", Account("agent"), OpensFiles: false),
        new("caseworker", Account("caseworker"), OpensFiles: false),
        new("officer", Account("officer"), OpensFiles: false),
        new("employer", Account("employer"), OpensFiles: false),
        new("analyst", Account("analyst"), OpensFiles: false),
        new("trainer", Account("trainer"), OpensFiles: false),
        new("vdab-trainer", Account("vdab-trainer"), OpensFiles: false),
        new("admin", Account("admin"), OpensFiles: false),
    ];

    public static TheoryData<string> Names() => [.. All.Select(r => r.Name)];

    public static StaffRole Named(string name) => All.Single(r => r.Name == name);
}
