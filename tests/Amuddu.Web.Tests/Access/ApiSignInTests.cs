using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Access;

public sealed class ApiSignInTests
{
    [Fact]
    public async Task Password_and_authenticator_code_give_a_bearer_token_for_the_api()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");

        Assert.Equal(Demo.Counsellor, me.GetProperty("email").GetString());
        Assert.True(me.GetProperty("signedInWithSecondFactor").GetBoolean());
        Assert.Equal(["Counsellor"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_role_that_sees_personal_data_cannot_get_a_token_without_the_code()
    {
        await using var app = await AmudduApp.StartAsync();

        var response = await app.CreateClient().LoginAsync(Demo.Counsellor, Demo.Password, null);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("twoFactorCode", out _));
    }

    [Fact]
    public async Task A_wrong_code_or_password_is_refused_with_one_answer_and_audited()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = app.CreateClient();

        var wrongCode = await (await client.LoginAsync(Demo.Counsellor, Demo.Password, "000000")).ProblemAsync(HttpStatusCode.Unauthorized);
        var wrongPassword = await (await client.LoginAsync(Demo.Counsellor, "Wrong-password-123", "000000")).ProblemAsync(HttpStatusCode.Unauthorized);
        var unknown = await (await client.LoginAsync("nobody@demo.amuddu.test", Demo.Password, "000000")).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(wrongCode.GetProperty("title").GetString(), wrongPassword.GetProperty("title").GetString());
        Assert.Equal(wrongCode.GetProperty("title").GetString(), unknown.GetProperty("title").GetString());
        Assert.Single(await app.AuditAsync(AuditActions.SecondFactorFailed));
        Assert.Equal(2, (await app.AuditAsync(AuditActions.SignInFailed)).Count);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync(Demo.Admin, $"Wrong-password-{i}", null);
        }

        var right = await client.LoginAsync(Demo.Admin, Demo.Password, Totp.Next(app, Demo.Admin));

        // The same answer as a wrong password, so that a lockout does not tell who has an account.
        var problem = await right.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.EndsWith("/sign-in-failed", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(await app.AuditAsync(AuditActions.SignInLockedOut));
    }

    [Fact]
    public async Task An_analyst_who_sees_only_indicators_signs_in_without_a_second_factor()
    {
        await using var app = await AmudduApp.StartAsync();

        var response = await app.CreateClient().LoginAsync(Demo.Analyst, Demo.Password, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Staff_who_have_not_enrolled_an_authenticator_get_no_token()
    {
        await using var app = await AmudduApp.StartAsync();

        var response = await app.CreateClient().LoginAsync(Demo.NewCounsellor, Demo.Password, null);

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.EndsWith("/two-factor-enrolment-required", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Le champ « Adresse e-mail » est obligatoire.")]
    [InlineData("en", "E-mail address is required.")]
    [InlineData("ar", "الحقل «البريد الإلكتروني» إلزامي.")]
    public async Task Missing_fields_are_named_in_the_caller_s_language(string language, string message)
    {
        await using var app = await AmudduApp.StartAsync();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var problem = await (await client.LoginAsync("", "", null)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(message, problem.GetProperty("errors").GetProperty("email")[0].GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_account_and_address()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:RateLimits:SignInPerMinute"] = "3" });
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync(Demo.Analyst, "Wrong-password-123", null)).StatusCode);
        }

        var limited = await client.LoginAsync(Demo.Analyst, Demo.Password, null);

        await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Logging_out_ends_the_token_s_session()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Admin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/users")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/auth/logout", null)).StatusCode);

        await (await client.GetAsync("/api/v1/users")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token_only_while_its_session_lasts()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = app.CreateClient();
        var login = await client.LoginAsync(Demo.Counsellor, Demo.Password, Totp.Next(app, Demo.Counsellor));
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>();
        var refreshToken = tokens.GetProperty("refreshToken").GetString();

        var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var access = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var fresh = app.CreateClient();
        fresh.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        var me = await fresh.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.True(me.GetProperty("signedInWithSecondFactor").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await fresh.PostAsync("/api/v1/auth/logout", null)).StatusCode);
        await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken })).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "forged" })).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unreadable_token_is_a_401_problem()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        await (await client.GetAsync("/api/v1/organisations")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
