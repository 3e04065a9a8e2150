using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Users;

public sealed class UserAdministrationTests
{
    private static object NewUser(string email, string password = "Long enough passphrase 2026", string[]? roles = null) =>
        new { email, displayName = "Awa Traoré", roles = roles ?? ["Counsellor"], password };

    [Fact]
    public async Task An_administrator_sees_the_accounts_of_their_own_organisation_only()
    {
        await using var app = await AmudduApp.StartAsync();
        var ngoAdmin = await app.ApiClientAsync(Demo.NgoAdmin);

        var users = await ngoAdmin.GetFromJsonAsync<JsonElement[]>("/api/v1/users");

        Assert.Equal([Demo.NgoAdmin, Demo.NgoCounsellor], users!.Select(u => u.GetProperty("email").GetString()).Order());
    }

    [Fact]
    public async Task Another_organisation_s_account_is_not_found_whether_read_or_changed()
    {
        await using var app = await AmudduApp.StartAsync();
        var anapecAdmin = await app.ApiClientAsync(Demo.Admin);
        var counsellor = (await anapecAdmin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!
            .Single(u => u.GetProperty("email").GetString() == Demo.Counsellor);
        var id = counsellor.GetProperty("id").GetGuid();
        var ngoAdmin = await app.ApiClientAsync(Demo.NgoAdmin);

        var read = await ngoAdmin.GetAsync($"/api/v1/users/{id}");
        var missing = await ngoAdmin.GetAsync($"/api/v1/users/{Guid.NewGuid()}");
        var change = await ngoAdmin.PutAsJsonAsync($"/api/v1/users/{id}",
            new { displayName = "x", roles = new[] { "Analyst" }, isActive = false, concurrencyStamp = counsellor.GetProperty("concurrencyStamp").GetString() });

        var readProblem = await read.ProblemAsync(HttpStatusCode.NotFound);
        var missingProblem = await missing.ProblemAsync(HttpStatusCode.NotFound);
        await change.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(missingProblem.GetProperty("title").GetString(), readProblem.GetProperty("title").GetString());
        Assert.True(await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Id == id).IsActive)));
    }

    [Fact]
    public async Task An_administrator_opens_an_account_that_can_sign_in()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.NgoAdmin);

        var created = await admin.PostAsJsonAsync("/api/v1/users", NewUser("awa@ngo.example.org", roles: ["Analyst"]));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Analyst"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().LoginAsync("awa@ngo.example.org", "Long enough passphrase 2026", null)).StatusCode);
        Assert.Single(await app.AuditAsync(AuditActions.UserCreated));
    }

    [Theory]
    [InlineData("short", "password")]
    [InlineData("Password2024!", "password")]
    [InlineData("azertyuiop123", "password")]
    [InlineData("111111111111111", "password")]
    public async Task Weak_passwords_are_refused_naming_the_field(string password, string field)
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.NgoAdmin);

        var response = await admin.PostAsJsonAsync("/api/v1/users", NewUser("weak@ngo.example.org", password));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Bad_input_names_every_field_and_an_email_in_use_is_a_conflict()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.NgoAdmin, "en");

        var bad = await (await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "not-an-email", displayName = "", roles = new[] { "Wizard" }, password = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        var taken = await admin.PostAsJsonAsync("/api/v1/users", NewUser(Demo.Counsellor));

        var errors = bad.GetProperty("errors");
        Assert.Equal("E-mail address is not a valid e-mail address.", errors.GetProperty("email")[0].GetString());
        foreach (var field in new[] { "displayName", "roles", "password" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        await taken.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_stale_edit_is_a_conflict_not_an_overwrite()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin);
        var counsellor = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Single(u => u.GetProperty("email").GetString() == Demo.Counsellor);
        var id = counsellor.GetProperty("id").GetGuid();
        var stamp = counsellor.GetProperty("concurrencyStamp").GetString();

        var first = await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "Youssef E.", roles = new[] { "Counsellor" }, isActive = true, concurrencyStamp = stamp });
        var second = await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "Someone else", roles = new[] { "Counsellor" }, isActive = true, concurrencyStamp = stamp });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Youssef E.", await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Id == id).DisplayName)));
    }

    [Fact]
    public async Task A_deactivated_account_loses_its_open_sessions_at_once()
    {
        await using var app = await AmudduApp.StartAsync();
        var counsellorClient = await app.ApiClientAsync(Demo.Counsellor);
        var admin = await app.ApiClientAsync(Demo.Admin);
        var counsellor = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Single(u => u.GetProperty("email").GetString() == Demo.Counsellor);

        var deactivate = await admin.PutAsJsonAsync($"/api/v1/users/{counsellor.GetProperty("id").GetGuid()}",
            new { displayName = "Youssef El Amrani", roles = new[] { "Counsellor" }, isActive = false, concurrencyStamp = counsellor.GetProperty("concurrencyStamp").GetString() });

        Assert.Equal(HttpStatusCode.OK, deactivate.StatusCode);
        await (await counsellorClient.GetAsync("/api/v1/organisations")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.CreateClient().LoginAsync(Demo.Counsellor, Demo.Password, Totp.Next(app, Demo.Counsellor)))
            .ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.NgoAdmin);
        var me = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Single(u => u.GetProperty("email").GetString() == Demo.NgoAdmin);

        var response = await admin.PutAsJsonAsync($"/api/v1/users/{me.GetProperty("id").GetGuid()}",
            new { displayName = "Me", roles = new[] { "Analyst" }, isActive = true, concurrencyStamp = me.GetProperty("concurrencyStamp").GetString() });

        // Like any change of one's own roles: another administrator must make it.
        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(Amuddu.Web.Infrastructure.ProblemTypes.OwnRolesUnchangeable, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_new_user_page_keeps_what_was_typed_when_a_field_is_wrong()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.NgoAdmin);

        var response = await browser.SubmitFormAsync("/admin/users/new", "new-user",
            ("Input.Email", "fatou@ngo.example.org"), ("Input.DisplayName", "Fatou Sow"), ("role", "Counsellor"), ("Input.Password", "short"));

        var html = await response.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("value=\"fatou@ngo.example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Fatou Sow\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Counsellor\" checked", html, StringComparison.Ordinal);
        Assert.Contains("id=\"password-error\"", html, StringComparison.Ordinal);

        var saved = await browser.SubmitFormAsync("/admin/users/new", "new-user",
            ("Input.Email", "fatou@ngo.example.org"), ("Input.DisplayName", "Fatou Sow"), ("role", "Counsellor"), ("Input.Password", "Long enough passphrase 2026"));
        Assert.Equal("/admin/users", saved.Target());
        Assert.Contains("Fatou Sow", await (await browser.GetAsync("/admin/users")).ReadHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edit_page_changes_roles_and_a_stale_form_is_a_conflict()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.NgoAdmin);
        var (id, stamp) = await app.QueryAsync(db => Task.FromResult(db.Users.Where(u => u.Email == Demo.NgoCounsellor).Select(u => new { u.Id, u.ConcurrencyStamp }).Single()))
            is var u ? (u.Id, u.ConcurrencyStamp!) : default;
        (string, string)[] Fields(string role) =>
            [("Input.ConcurrencyStamp", stamp), ("Input.DisplayName", "Mariam Koné"), ("role", role), ("Input.IsActive", "true")];

        var saved = await browser.SubmitFormAsync($"/admin/users/{id}", "edit-user", Fields("SelfEmploymentCounsellor"));
        var stale = await browser.SubmitFormAsync($"/admin/users/{id}", "edit-user", Fields("Analyst"));

        Assert.Contains("Enregistré.", await saved.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Contains("Quelqu'un d'autre a modifié cette fiche entre-temps.", await stale.ReadHtmlAsync(), StringComparison.Ordinal);
        var roles = await app.QueryAsync(db => Task.FromResult((from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == id select r.Name).ToList()));
        Assert.Equal(["SelfEmploymentCounsellor"], roles);
    }
}
