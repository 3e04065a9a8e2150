using Amuddu.Web.Data;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Amuddu.Web.Tests.Infrastructure;

/// <summary>
/// The whole web app, in memory, on a database of its own, with a clock the test moves.
/// Create one per test with <see cref="StartAsync"/>; dispose it at the end.
/// </summary>
public class AmudduApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private readonly bool _ownsDatabase;

    protected AmudduApp(TestDatabase database, Dictionary<string, string?> settings, bool ownsDatabase = true)
    {
        Database = database;
        _settings = settings;
        _ownsDatabase = ownsDatabase;
    }

    /// <summary>A fixed key, so a test can tell an encrypted value from its plain text.</summary>
    public const string TestEncryptionKey = "dGVzdC1vbmx5LWtleS0zMi1ieXRlcy1sb25nLWFiY2Q=";

    public TestDatabase Database { get; }
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>
    /// Runs the refresh of the statistics that the background pass runs every few minutes (tests turn the pass off): the
    /// indicator facts and the outreach funnel's sums of every organisation, rebuilt the first time.
    /// </summary>
    public Task RefreshStatisticsAsync() => QueryAsync(db => IndicatorFacts.RefreshAllAsync(db, Clock));

    /// <summary>Today's date in Morocco on the app's clock, as the app reckons it.</summary>
    public DateOnly Today => SiteTime.Today(Clock);
    public LogCapture Logs { get; } = new();

    /// <summary>Services a test adds (a failure injected into a save); set before the app's first request.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    public static async Task<AmudduApp> StartAsync(Dictionary<string, string?>? settings = null) =>
        new(await TestDatabase.CreateAsync(), settings ?? []);

    /// <summary>Another instance of the app on this app's database (a second server behind the proxy), with a clock of its own; the database stays this app's.</summary>
    public AmudduApp OtherInstance() => new(Database, _settings, ownsDatabase: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // No watching of appsettings files: a watcher per app over the project tree costs every test start.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Amuddu", Database.ConnectionString);
        builder.UseSetting("Amuddu:Encryption:Key", TestEncryptionKey);
        // Tests deliver the outbox themselves (OutboxDelivery), at the moment they choose.
        builder.UseSetting("Amuddu:Notifications:Worker", "false");
        // Demo mode, so that messages without a configured sender go to the development files the tests read.
        builder.UseSetting("Amuddu:Demo:Enabled", "true");
        builder.UseSetting("Amuddu:Referrals:EscalationWorker", "false");
        builder.UseSetting("Amuddu:Exchanges:ReminderWorker", "false");
        builder.UseSetting("Amuddu:Indicators:RefreshWorker", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock).Configure<PasswordHasherOptions>(CheapPasswordHashing);
            TestServices?.Invoke(services);
        });
    }

    /// <summary>
    /// One PBKDF2 iteration instead of Identity's 100,000 (about 60 ms of CPU a sign-in), for the demo
    /// accounts of the template and every password set in a test: no test is about the hash's cost.
    /// </summary>
    public static void CheapPasswordHashing(PasswordHasherOptions options) => options.IterationCount = 1;

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests check them).</summary>
    public HttpClient CreateBrowser(string? language = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    /// <summary>Reads the database directly, as the test's own check of what the app stored.</summary>
    public async Task<T> QueryAsync<T>(Func<AmudduDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AmudduDbContext>());
    }

    public Task<List<Features.Audit.AuditEvent>> AuditAsync(string action) =>
        QueryAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.Action == action).ToListAsync());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
