using System.Net;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Access;

public sealed class SessionTimeoutTests
{
    [Fact]
    public async Task A_session_left_idle_for_twenty_minutes_is_over()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        app.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/home")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        var afterIdle = await browser.GetAsync("/home");

        Assert.Equal(HttpStatusCode.Redirect, afterIdle.StatusCode);
        Assert.StartsWith("/account/sign-in", afterIdle.Target(), StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(AuditActions.SessionExpired), e => e.Detail == "idle");
    }

    [Fact]
    public async Task A_busy_session_still_ends_eight_hours_after_sign_in()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        for (var minutes = 15; minutes < 8 * 60; minutes += 15)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(15));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/organisations")).StatusCode);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/organisations")).StatusCode);
        Assert.Single(await app.AuditAsync(AuditActions.SessionExpired), e => e.Detail == "absolute");
    }

    [Fact]
    public async Task Idle_time_out_applies_to_api_tokens_too()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);

        app.Clock.Advance(TimeSpan.FromMinutes(21));

        await (await client.GetAsync("/api/v1/organisations")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
