using System.Diagnostics.Metrics;
using System.Net;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Access;

public sealed partial class WebSignInTests
{
    [Fact]
    public async Task Counsellor_signs_in_with_password_and_authenticator_code_and_reaches_home()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();

        await app.WebSignInAsync(browser, Demo.Counsellor);

        var home = await browser.GetAsync("/home");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("Bonjour Youssef El Amrani", html, StringComparison.Ordinal);
        Assert.Contains("data-role=\"Counsellor\"", html, StringComparison.Ordinal);
        Assert.Contains((await app.AuditAsync(AuditActions.SignInSucceeded)), e => e.Subject == Demo.Counsellor && e.Detail == "authenticator");
    }

    [Fact]
    public async Task Wrong_password_keeps_the_email_typed_and_says_so_in_the_chosen_language()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser("en");

        var response = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.Counsellor), ("Input.Password", "not-the-password"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.ReadHtmlAsync();
        Assert.Contains("Wrong e-mail address or password (after several failed attempts the account is locked for 15 minutes).", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Demo.Counsellor}\"", html, StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(AuditActions.SignInFailed), e => e.Subject == Demo.Counsellor);
    }

    [Fact]
    public async Task Empty_sign_in_form_names_each_missing_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();

        var response = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", ""), ("Input.Password", ""));

        var html = await response.ReadHtmlAsync();
        Assert.Contains("Le champ « Adresse e-mail » est obligatoire.", html, StringComparison.Ordinal);
        Assert.Contains("Le champ « Mot de passe » est obligatoire.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_authenticator_code_is_refused_and_audited()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        var password = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.Counsellor), ("Input.Password", Demo.Password));

        var code = await browser.SubmitFormAsync(password.Target(), "two-factor", ("Input.Code", "000000"));

        Assert.Equal(HttpStatusCode.OK, code.StatusCode);
        Assert.Contains("n'est pas valide", await code.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(AuditActions.SecondFactorFailed));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/home")).StatusCode);
    }

    [Fact]
    public async Task Staff_without_an_authenticator_must_enrol_before_anything_else_and_the_QR_code_works()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();

        var password = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.NewCounsellor), ("Input.Password", Demo.Password));
        Assert.Equal("/home", password.Target());
        var home = await browser.GetAsync("/home");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/enrol-authenticator", home.Target());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/organisations")).StatusCode);

        var page = await (await browser.GetAsync("/account/enrol-authenticator")).ReadHtmlAsync();
        Assert.Contains("src=\"data:image/png;base64,", page, StringComparison.Ordinal);
        var key = ManualKey().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(32, key.Length);

        var enrol = await browser.SubmitFormAsync("/account/enrol-authenticator", "enrol", ("Input.Code", Totp.Next(app, Demo.NewCounsellor, key)));
        var done = await enrol.ReadHtmlAsync();
        Assert.Contains("La vérification en deux étapes est activée.", done, StringComparison.Ordinal);
        Assert.Equal(10, RecoveryCodes().Matches(done).Count);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/home")).StatusCode);
        Assert.Single(await app.AuditAsync(AuditActions.AuthenticatorEnrolled));
    }

    [Fact]
    public async Task A_wrong_code_at_enrolment_is_audited_and_counted_with_the_other_sign_in_failures()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser("fr");
        var password = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.NewCounsellor), ("Input.Password", Demo.Password));
        Assert.Equal("/home", password.Target());
        (await browser.GetAsync("/account/enrol-authenticator")).EnsureSuccessStatusCode();
        // This app's counter only (its meters are made by its own factory): other tests' apps run in the same process.
        var meters = app.Services.GetRequiredService<IMeterFactory>();
        long failures = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "amuddu.sign_in.failures" && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref failures, value));
        listener.Start();

        var refused = await browser.SubmitFormAsync("/account/enrol-authenticator", "enrol", ("Input.Code", "000000"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Single(await app.AuditAsync(AuditActions.SecondFactorFailed));
        Assert.Equal(1, Interlocked.Read(ref failures));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_when_the_phone_is_lost()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.NewCounsellor), ("Input.Password", Demo.Password));
        var page = await (await browser.GetAsync("/account/enrol-authenticator")).ReadHtmlAsync();
        var key = ManualKey().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        var enrolled = await (await browser.SubmitFormAsync("/account/enrol-authenticator", "enrol", ("Input.Code", Totp.Next(app, Demo.NewCounsellor, key)))).ReadHtmlAsync();
        var recovery = System.Text.RegularExpressions.Regex.Match(enrolled, "<li><code>([a-zA-Z0-9-]+)</code></li>").Groups[1].Value;
        await browser.SignOutAsync();

        async Task<HttpResponseMessage> UseAsync(HttpClient client)
        {
            var password = await client.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.NewCounsellor), ("Input.Password", Demo.Password));
            return await client.SubmitFormAsync(password.Target(), "two-factor", ("Input.RecoveryCode", recovery));
        }

        var first = await UseAsync(app.CreateBrowser());
        var again = await UseAsync(app.CreateBrowser());

        Assert.Equal("/home", first.Target());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("n'est pas valide", await again.ReadHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_ends_the_session_so_a_copied_cookie_no_longer_works()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var home = await browser.GetAsync("/home");
        var cookie = home.RequestMessage!.Headers.GetValues("Cookie").Single();

        var signOut = await browser.SignOutAsync();
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/", signOut.Target());
        var copied = app.CreateBrowser();
        copied.DefaultRequestHeaders.Add("Cookie", cookie);

        var replay = await copied.GetAsync("/home");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/account/sign-in", replay.Target(), StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(AuditActions.SignedOut));
    }

    [Fact]
    public async Task Sign_out_without_the_form_s_antiforgery_token_changes_nothing_and_the_session_goes_on()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        // What another site's page can make a signed-in browser send: the cookies, but not the token.
        var forged = await browser.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));
        var noBody = await browser.PostAsync("/account/sign-out", null);

        Assert.Equal("/home", forged.Target());
        Assert.Equal("/home", noBody.Target());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/home")).StatusCode);
        Assert.Empty(await app.AuditAsync(AuditActions.SignedOut));
        // The button of any page still signs out: its form carries the token.
        var signOut = await browser.SubmitFormAsync("/people", "/account/sign-out");
        Assert.Equal("/", signOut.Target());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/home")).StatusCode);
    }

    [GeneratedRegex("<code class=\"key\" dir=\"ltr\">([A-Z0-9 ]+)</code>", RegexOptions.IgnoreCase)]
    private static partial Regex ManualKey();

    [GeneratedRegex("<li><code>[a-zA-Z0-9-]+</code></li>")]
    private static partial Regex RecoveryCodes();
}
