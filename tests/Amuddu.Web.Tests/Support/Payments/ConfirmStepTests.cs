using System.Net;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Payments;

/// <summary>"Suspendre l'aide" and "Annuler l'aide" are links to a step of their own; only the form there changes anything.</summary>
public sealed class ConfirmStepTests
{
    private static Task<SupportApplication> StoredAsync(AmudduApp app, Guid id) =>
        app.QueryAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));

    [Fact]
    public async Task Suspending_opens_a_confirmation_step_that_changes_nothing_until_its_danger_button_is_pressed()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "fr");
        var application = await app.SeedApprovedAsync(await app.SeedProgrammeAsync(), personId);
        await officer.ContractAsync(application);
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Officer);
        var page = $"/applications/{application.Id}";
        var before = await StoredAsync(app, application.Id);

        var panel = await (await browser.GetAsync(page)).ReadHtmlAsync();
        // Both ways in are the design system's danger button (the step itself asks).
        Assert.Matches($"<a class=\"button danger\" href=\"{page}/suspend\">(<svg.*?</svg>)?Suspendre l'aide</a>", panel);
        Assert.Matches($"<a class=\"button danger\" href=\"{page}/cancel\">(<svg.*?</svg>)?Annuler l'aide</a>", panel);
        Assert.DoesNotContain("value=\"suspend\"", panel, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"cancel-support\"", panel, StringComparison.Ordinal);

        var step = await browser.GetAsync($"{page}/suspend");
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        var html = await step.ReadHtmlAsync();
        Assert.Contains("data-change=\"suspend\"", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>Suspendre l'aide {application.Reference} ?</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Ce qui va se passer", html, StringComparison.Ordinal);
        Assert.Contains("Aucun paiement ne sera ordonné tant que l'aide reste suspendue", html, StringComparison.Ordinal);
        Assert.Contains("Ce qui est conservé", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" class=\"danger\">Suspendre l'aide</button>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{page}#payments\">Revenir sans rien changer</a>", html, StringComparison.Ordinal);
        var unchanged = await StoredAsync(app, application.Id);
        Assert.Null(unchanged.SuspendedAt);
        Assert.Equal(before.Version, unchanged.Version);

        var noReason = await browser.SubmitFormAsync($"{page}/suspend", "suspend", ("Reason", ""));
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("id=\"reason-error\"", await noReason.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Null((await StoredAsync(app, application.Id)).SuspendedAt);

        var done = await browser.SubmitFormAsync($"{page}/suspend", "suspend", ("Reason", "Formation interrompue"));
        Assert.Equal(page, done.Target());
        var suspended = await StoredAsync(app, application.Id);
        Assert.NotNull(suspended.SuspendedAt);
        Assert.Equal("Formation interrompue", suspended.SuspensionReason);

        // Once suspended, the step says so and offers nothing to post.
        var again = await (await browser.GetAsync($"{page}/suspend")).ReadHtmlAsync();
        Assert.Contains("id=\"confirm-not-possible\"", again, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"danger\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_says_what_goes_back_to_the_budget_and_cancels_only_from_its_own_step()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var application = await app.SeedApprovedAsync(await app.SeedProgrammeAsync(), personId);
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Officer);
        var step = $"/applications/{application.Id}/cancel";

        var html = await (await browser.GetAsync(step)).ReadHtmlAsync();
        Assert.Contains("data-change=\"cancel\"", html, StringComparison.Ordinal);
        Assert.Contains("The application becomes \"Cancelled\": what is not paid will not be.", html, StringComparison.Ordinal);
        Assert.Contains($"Unpaid tranches and orders are cancelled; {Money.Format(5_000_00, System.Globalization.CultureInfo.GetCultureInfo("en"))} go back to the programme's budget.", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" class=\"danger\">Cancel the support</button>", html, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Approved, (await StoredAsync(app, application.Id)).Status);

        var done = await browser.SubmitFormAsync(step, "cancel-support", ("Reason", "Doublon de demande"));
        Assert.Equal($"/applications/{application.Id}", done.Target());
        Assert.Equal(ApplicationStatus.Cancelled, (await StoredAsync(app, application.Id)).Status);

        // A counsellor may read the application but is offered no confirmation form.
        var counsellor = app.CreateBrowser("en");
        await app.WebSignInAsync(counsellor, Demo.Counsellor);
        var refused = await (await counsellor.GetAsync(step)).ReadHtmlAsync();
        Assert.Contains("id=\"confirm-not-possible\"", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("cancel-support", refused, StringComparison.Ordinal);
    }
}
