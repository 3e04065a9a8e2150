using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Users;

/// <summary>One administrator cannot stand up the second pair of eyes alone: no changing one's own roles, and grants of the four-eyes roles are seen.</summary>
public sealed class AdminRoleRulesTests
{
    private static async Task<JsonElement> AccountAsync(HttpClient admin, string email) =>
        (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!.Single(u => u.GetProperty("email").GetString() == email);

    [Theory]
    [InlineData("ProgrammeOfficer")]
    [InlineData("Counsellor")]
    public async Task An_administrator_cannot_give_themself_a_role_through_the_api(string role)
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin, "en");
        var me = await AccountAsync(admin, Demo.Admin);

        var response = await admin.PutAsJsonAsync($"/api/v1/users/{me.GetProperty("id").GetGuid()}", new
        {
            displayName = me.GetProperty("displayName").GetString(),
            roles = new[] { "Administrator", role },
            isActive = true,
            concurrencyStamp = me.GetProperty("concurrencyStamp").GetString(),
        });

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(ProblemTypes.OwnRolesUnchangeable, problem.GetProperty("type").GetString());
        Assert.Equal("You cannot change your own roles: ask another administrator.", problem.GetProperty("title").GetString());
        Assert.Equal(["Administrator"], (await AccountAsync(admin, Demo.Admin)).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(await app.AuditAsync(AuditActions.SensitiveRoleGranted));
    }

    [Fact]
    public async Task An_administrator_can_still_rename_themself_without_touching_their_roles()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin);
        var me = await AccountAsync(admin, Demo.Admin);

        var response = await admin.PutAsJsonAsync($"/api/v1/users/{me.GetProperty("id").GetGuid()}", new
        {
            displayName = "Nadia B.", roles = new[] { "Administrator" }, isActive = true, concurrencyStamp = me.GetProperty("concurrencyStamp").GetString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_edit_page_refuses_an_administrator_s_own_role_change_with_a_clear_message()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Admin);
        var me = await AccountAsync(await app.ApiClientAsync(Demo.Admin), Demo.Admin);
        var page = $"/admin/users/{me.GetProperty("id").GetGuid()}";

        var html = await (await browser.SubmitFormAsync(page, "edit-user",
            new KeyValuePair<string, string>[]
            {
                new("Input.DisplayName", me.GetProperty("displayName").GetString()!), new("Input.IsActive", "true"),
                new("role", "Administrator"), new("role", "ProgrammeOfficer"),
            })).ReadHtmlAsync();

        Assert.Contains("Vous ne pouvez pas modifier vos propres rôles : demandez-le à un autre administrateur.", html, StringComparison.Ordinal);
        Assert.Equal(["Administrator"], (await AccountAsync(await app.ApiClientAsync(Demo.Admin), Demo.Admin)).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Granting_a_four_eyes_role_is_audited_and_listed_for_the_organisation_s_administrators()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin);
        var created = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "karim@anapec.example.org", displayName = "Karim Alaoui", roles = new[] { "ProgrammeOfficer" }, password = "Long enough passphrase 2026" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var analyst = await AccountAsync(admin, Demo.Analyst);
        var promoted = await admin.PutAsJsonAsync($"/api/v1/users/{analyst.GetProperty("id").GetGuid()}", new
        {
            displayName = analyst.GetProperty("displayName").GetString(), roles = new[] { "Analyst", "Counsellor" }, isActive = true,
            concurrencyStamp = analyst.GetProperty("concurrencyStamp").GetString(),
        });
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);

        var grants = await app.AuditAsync(AuditActions.SensitiveRoleGranted);
        Assert.Equal(["Counsellor", "ProgrammeOfficer"], grants.Select(g => g.Detail).Order());
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Admin);
        var html = await (await browser.GetAsync("/admin/users")).ReadHtmlAsync();
        var list = html[html.IndexOf("data-list=\"sensitive-grants\"", StringComparison.Ordinal)..];
        Assert.Contains("Karim Alaoui", list, StringComparison.Ordinal);
        Assert.Contains("Programme officer", list, StringComparison.Ordinal);
        Assert.Contains(analyst.GetProperty("displayName").GetString()!, list, StringComparison.Ordinal);
        // Another organisation's administrators do not see them.
        var ngo = app.CreateBrowser("en");
        await app.WebSignInAsync(ngo, Demo.NgoAdmin);
        var theirs = await (await ngo.GetAsync("/admin/users")).ReadHtmlAsync();
        Assert.DoesNotContain("data-list=\"sensitive-grants\"", theirs, StringComparison.Ordinal);
        Assert.Contains("No sensitive role granted in the last 90 days.", theirs, StringComparison.Ordinal);
    }
}
