using System.Net;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Access;

/// <summary>An authenticator code opens one session, whichever door it is typed into and whichever instance receives it (ASVS 2.8.4).</summary>
public sealed class SingleUseCodeTests
{
    [Fact]
    public async Task An_authenticator_code_gives_one_token_and_is_refused_the_second_time()
    {
        await using var app = await AmudduApp.StartAsync();
        var older = Totp.Next(app, Demo.Counsellor);
        var code = Totp.Next(app, Demo.Counsellor);

        var first = await app.CreateClient().LoginAsync(Demo.Counsellor, Demo.Password, code);
        var again = await app.CreateClient().LoginAsync(Demo.Counsellor, Demo.Password, code);
        // Never used, still inside the window, but older than the last one taken: refused too.
        var stale = await app.CreateClient().LoginAsync(Demo.Counsellor, Demo.Password, older);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await again.ProblemAsync(HttpStatusCode.Unauthorized);
        await stale.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(2, (await app.AuditAsync(AuditActions.SecondFactorFailed)).Count);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().LoginAsync(Demo.Counsellor, Demo.Password, Totp.Next(app, Demo.Counsellor))).StatusCode);
        Assert.NotNull(await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.LastAuthenticatorStep).SingleAsync()));
    }

    [Fact]
    public async Task A_code_used_on_one_instance_is_refused_by_another_on_the_same_database()
    {
        await using var app = await AmudduApp.StartAsync();
        await using var other = app.OtherInstance();
        var code = Totp.Next(app, Demo.Officer);

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().LoginAsync(Demo.Officer, Demo.Password, code)).StatusCode);

        await (await other.CreateClient().LoginAsync(Demo.Officer, Demo.Password, code)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_two_factor_page_takes_a_code_once_even_across_browsers()
    {
        await using var app = await AmudduApp.StartAsync();
        var code = Totp.Next(app, Demo.Counsellor);

        async Task<HttpResponseMessage> UseAsync(HttpClient browser)
        {
            var password = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.Counsellor), ("Input.Password", Demo.Password));
            return await browser.SubmitFormAsync(password.Target(), "two-factor", ("Input.Code", code));
        }

        var first = await UseAsync(app.CreateBrowser());
        var again = await UseAsync(app.CreateBrowser());

        Assert.Equal("/home", first.Target());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("n'est pas valide", await again.ReadHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_code_that_confirmed_enrolment_cannot_then_sign_in()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.NewCounsellor), ("Input.Password", Demo.Password));
        var page = await (await browser.GetAsync("/account/enrol-authenticator")).ReadHtmlAsync();
        var key = System.Text.RegularExpressions.Regex.Match(page, "<code class=\"key\" dir=\"ltr\">([A-Z0-9 ]+)</code>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            .Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        var code = Totp.Next(app, Demo.NewCounsellor, key);
        var enrolled = await browser.SubmitFormAsync("/account/enrol-authenticator", "enrol", ("Input.Code", code));
        Assert.Contains("La vérification en deux étapes est activée.", await enrolled.ReadHtmlAsync(), StringComparison.Ordinal);

        await (await app.CreateClient().LoginAsync(Demo.NewCounsellor, Demo.Password, code)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK,
            (await app.CreateClient().LoginAsync(Demo.NewCounsellor, Demo.Password, Totp.Next(app, Demo.NewCounsellor, key))).StatusCode);
    }
}
