using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Platform;

public sealed class PlatformTests
{
    [Fact]
    public async Task Pages_carry_security_headers_and_signed_in_pages_are_never_cached()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();

        var landing = await browser.GetAsync("/");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var home = await browser.GetAsync("/home");

        Assert.Contains("frame-ancestors 'none'", landing.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", landing.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Null(landing.Headers.CacheControl);
        Assert.True(home.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_app_will_not_start_without_a_valid_encryption_key()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:Encryption:Key"] = "too-short" });

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());
        Assert.Contains("Amuddu:Encryption:Key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoints_answer_without_signing_in()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Ready_fails_while_the_newest_migration_is_not_applied()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var newest = (await app.QueryAsync(db => db.Database.GetAppliedMigrationsAsync())).Last();

        await app.QueryAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {newest}"));
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api_and_its_bearer_sign_in()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = app.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var browsable = await client.GetAsync("/api/docs/v1");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/auth/login", "/api/v1/organisations", "/api/v1/users", "/api/v1/audit-events" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal(HttpStatusCode.OK, browsable.StatusCode);
    }

    [Fact]
    public async Task No_password_code_or_token_ever_reaches_a_log()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft"] = "Trace" });
        var code = Totp.Next(app, Demo.Admin);
        var api = app.CreateClient();
        var login = await api.LoginAsync(Demo.Admin, Demo.Password, code);
        var token = (await login.Content.ReadFromJsonAsync<TokenResponse>(Http.Json))!.AccessToken;
        await api.LoginAsync(Demo.Admin, "Wrong-Secret-Passphrase-1", null);
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(Demo.Password, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains("Wrong-Secret-Passphrase-1", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(token[..40], StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(Demo.Key, StringComparison.Ordinal));
        var audit = await app.QueryAsync(db => Task.FromResult(db.AuditEvents.ToList()));
        Assert.DoesNotContain(audit, e => $"{e.Subject} {e.Detail}".Contains(Demo.Password, StringComparison.Ordinal) || $"{e.Subject} {e.Detail}".Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Administrators_read_their_own_organisation_s_audit_trail_only()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.ApiClientAsync(Demo.Caseworker);
        var anapec = await app.ApiClientAsync(Demo.Admin);
        var ngo = await app.ApiClientAsync(Demo.NgoAdmin);

        var anapecEvents = await anapec.GetFromJsonAsync<JsonElement[]>($"/api/v1/audit-events?action={AuditActions.SignInSucceeded}");
        var ngoEvents = await ngo.GetFromJsonAsync<JsonElement[]>("/api/v1/audit-events");

        Assert.Equal([Demo.Admin], anapecEvents!.Select(e => e.GetProperty("subject").GetString()));
        Assert.All(ngoEvents!, e => Assert.Equal(Demo.NgoAdmin, e.GetProperty("subject").GetString()));

        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Admin);
        var page = await (await browser.GetAsync("/admin/audit")).ReadHtmlAsync();
        Assert.Contains("Connexion réussie", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.Caseworker, page, StringComparison.Ordinal);
    }
}
