using System.Net;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Access;

/// <summary>
/// Sign-in limits by account and address, the two-factor step's own budget, and the 429 a browser gets.
/// (The test server has no client address, so every request here comes from the same one; the nginx
/// tests show different addresses.)
/// </summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_refused_sign_in_is_a_page_in_the_person_s_language_and_a_problem_for_the_api()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:RateLimits:SignInPerMinute"] = "1" });
        var french = app.CreateBrowser("fr");
        var arabic = app.CreateBrowser("ar");
        var english = app.CreateBrowser("en");
        var wrong = await french.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.Analyst), ("Input.Password", "Wrong-password-123"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);

        foreach (var (browser, title, text, direction) in new[]
        {
            (french, "Trop de tentatives", "Attendez une minute, puis réessayez.", "ltr"),
            (arabic, "محاولات كثيرة جدًا", "انتظر دقيقة ثم أعد المحاولة.", "rtl"),
            (english, "Too many attempts", "Wait a minute, then try again.", "ltr"),
        })
        {
            var refused = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.Analyst), ("Input.Password", Demo.Password));

            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
            Assert.True(refused.Headers.Contains("Retry-After"));
            var html = await refused.ReadHtmlAsync();
            Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
            Assert.Contains(text, html, StringComparison.Ordinal);
            Assert.Contains($"dir=\"{direction}\"", html, StringComparison.Ordinal);
        }

        // The API door shares the account's budget and answers with problem details.
        var api = await app.CreateClient().LoginAsync(Demo.Analyst, Demo.Password, null);
        Assert.Equal("https://amuddu.org/problems/too-many-requests", (await api.ProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Sign_in_attempts_are_counted_per_account_so_colleagues_behind_one_address_are_not_refused()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:RateLimits:SignInPerMinute"] = "2" });
        var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync(Demo.Analyst, "Wrong-password-123", null)).StatusCode);
        }

        // The same account however it is typed.
        await (await client.LoginAsync(" " + Demo.Analyst.ToUpperInvariant(), Demo.Password, null)).ProblemAsync(HttpStatusCode.TooManyRequests);

        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync(Demo.Admin, Demo.Password, Totp.Now(Demo.Key))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync(Demo.Officer, Demo.Password, Totp.Now(Demo.Key))).StatusCode);
    }

    [Fact]
    public async Task Trying_many_accounts_from_one_address_meets_the_address_s_ceiling()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:RateLimits:SignInPerAddressPerMinute"] = "3" });
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync($"nobody{i}@example.org", "Wrong-password-123", null)).StatusCode);
        }

        await (await client.LoginAsync("nobody-else@example.org", "Wrong-password-123", null)).ProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task The_two_factor_step_has_its_own_budget_and_does_not_use_up_the_sign_in_one()
    {
        await using var app = await AmudduApp.StartAsync(new()
        {
            ["Amuddu:RateLimits:SignInPerMinute"] = "1",
            ["Amuddu:RateLimits:TwoFactorPerMinute"] = "3",
        });
        var browser = app.CreateBrowser();
        var password = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.Counsellor), ("Input.Password", Demo.Password));
        var twoFactor = password.Target();
        Assert.StartsWith("/account/two-factor", twoFactor, StringComparison.Ordinal);
        var wrongCode = ((int.Parse(Totp.Now(Demo.Key), System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

        for (var i = 0; i < 2; i++)
        {
            var wrong = await browser.SubmitFormAsync(twoFactor, "two-factor", ("Input.Code", wrongCode));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var code = await browser.SubmitFormAsync(twoFactor, "two-factor", ("Input.Code", Totp.Now(Demo.Key)));
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/home", code.Target());

        // The password alone spent the account's sign-in budget.
        var again = await app.CreateBrowser().SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.Counsellor), ("Input.Password", Demo.Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
    }
}
