using System.Net;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Payments;

public partial class PaymentsPagesTests
{
    [Fact]
    public async Task The_order_button_posted_twice_with_its_rendered_key_orders_once()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync();
        var application = await app.SeedApprovedAsync(programme, personId);
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Officer);
        var page = $"/applications/{application.Id}";

        var contracted = await browser.SubmitFormAsync(page, "contract");
        Assert.Equal(HttpStatusCode.OK, contracted.StatusCode);
        Assert.Contains("Agreement signed", await contracted.ReadHtmlAsync(), StringComparison.Ordinal);
        var tranche = await app.QueryAsync(db => db.Tranches.AsNoTracking().SingleAsync(t => t.ApplicationId == application.Id && t.Number == 1));

        // One rendering of the page, its form posted twice (a double click, a resend after a timeout).
        var html = await (await browser.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains($"form=\"order-payment\" name=\"TrancheId\" value=\"{tranche.Id}\"", html, StringComparison.Ordinal);
        var form = Forms().Matches(html).Select(m => m.Value).Single(f => f.Contains("value=\"order-payment\"", StringComparison.Ordinal));
        var fields = Hidden().Matches(form).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value))).ToList();
        Assert.Contains(fields, f => f.Key == "Key" && f.Value.Length == 32);
        fields.Add(new("TrancheId", tranche.Id.ToString()));
        var first = await browser.PostAsync(page, new FormUrlEncodedContent(fields));
        var second = await browser.PostAsync(page, new FormUrlEncodedContent(fields));

        var firstHtml = await first.ReadHtmlAsync();
        Assert.True(firstHtml.Contains("Payment ordered.", StringComparison.Ordinal), $"{first.StatusCode}: {firstHtml[..Math.Min(4000, firstHtml.Length)]}");
        Assert.Contains("Payment ordered.", await second.ReadHtmlAsync(), StringComparison.Ordinal);
        var order = Assert.Single(await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().ToListAsync()));
        Assert.Equal(tranche.Id, order.TrancheId);
        Assert.Contains(order.Reference, await second.ReadHtmlAsync(), StringComparison.Ordinal);
        _ = officer;
    }

    [Fact]
    public async Task A_bad_recovery_on_the_page_shows_the_localised_message_and_keeps_what_was_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "fr");
        var programme = await app.SeedProgrammeAsync();
        var application = await app.SeedApprovedAsync(programme, personId);
        await officer.ContractAsync(application);
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Officer);
        var page = $"/applications/{application.Id}";

        var bad = await browser.SubmitFormAsync(page, "open-recovery", ("Owed", "-12,5"), ("Reason", "Formation abandonnée en avril"));

        var html = await bad.ReadHtmlAsync();
        Assert.Contains("Montant dû : indiquez un montant positif en dirhams", html, StringComparison.Ordinal);
        Assert.Contains("Formation abandonnée en avril", html, StringComparison.Ordinal);
        Assert.Contains("value=\"-12,5\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Recoveries.CountAsync()));

        // Suspending goes through its confirmation step, then back to the application.
        var suspended = await browser.SubmitFormAsync($"{page}/suspend", "suspend", ("Reason", "Absences répétées"));
        Assert.Equal(page, suspended.Target());
        Assert.Contains("Absences répétées", await (await browser.GetAsync(page)).ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.NotNull(await app.QueryAsync(db => db.Applications.Where(a => a.Id == application.Id).Select(a => a.SuspendedAt).SingleAsync()));
    }

    [Fact]
    public async Task The_payments_page_lists_the_orders_twenty_five_at_a_time_with_the_pager()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var application = await app.SeedApprovedAsync(await app.SeedProgrammeAsync(), personId);
        var orders = new List<Guid>();
        for (var number = 1; number <= 26; number++)
        {
            orders.Add((await Programmes.ProgrammeDashboardTests.PayAsync(app, application, number, 100_00, PaymentStatus.Ordered)).Id);
        }

        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Officer);

        var first = await (await browser.GetAsync("/payments")).ReadHtmlAsync();
        var onFirst = OrderRows().Matches(first).Select(m => Guid.Parse(m.Groups["id"].Value)).ToList();
        Assert.Equal(25, onFirst.Distinct().Count());
        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/payments\\?page=2#orders\" rel=\"next\">", first);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);

        var second = await (await browser.GetAsync("/payments?page=2")).ReadHtmlAsync();
        var onSecond = OrderRows().Matches(second).Select(m => Guid.Parse(m.Groups["id"].Value)).ToList();
        Assert.Single(onSecond);
        Assert.Equal(orders.Order(), onFirst.Concat(onSecond).Order());
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/payments\\?page=1#orders\" rel=\"prev\">", second);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);

        // The status filter stays in the pager's links; the totals still count every order.
        var ordered = await (await browser.GetAsync("/payments?status=Ordered")).ReadHtmlAsync();
        Assert.Matches("<a href=\"/payments\\?status=Ordered&page=2#orders\" rel=\"next\">", ordered);
        Assert.Matches("<tr data-status=\"Ordered\"><td>[^<]+</td><td>26</td>", ordered);
    }

    [GeneratedRegex("<tr data-order=\"(?<id>[0-9a-f-]{36})\">")]
    private static partial Regex OrderRows();

    [Fact]
    public async Task The_payments_page_exports_the_file_and_cancels_an_order()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync(configure: p => p.Tranches = [new() { Number = 1, Condition = Features.Programmes.TrancheCondition.ContractSigned, Percent = 100 }]);
        var first = await officer.OrderedAsync((await officer.ContractAsync(await app.SeedApprovedAsync(programme, personId)))[0].Id(), "k1");
        var second = await officer.OrderedAsync((await officer.ContractAsync(await app.SeedApprovedAsync(programme, personId)))[0].Id(), "k2");
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Officer);

        var cancelled = await browser.SubmitFormAsync("/payments", $"cancel-{second.Id():N}", ("Reason", "Doublon de dossier"));
        Assert.Contains("Order cancelled.", await cancelled.ReadHtmlAsync(), StringComparison.Ordinal);
        var exported = await browser.SubmitFormAsync("/payments", "export");
        var html = await exported.ReadHtmlAsync();
        var batch = $"VIR-{app.Today:yyyyMMdd}-1";
        Assert.Contains($"Batch {batch} exported: 1 order(s).", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/payments/batches/{batch}\"", html, StringComparison.Ordinal);
        var csv = await browser.GetStringAsync($"/payments/batches/{batch}");
        Assert.Contains($"{first.Str("reference")};", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(second.Str("reference"), csv, StringComparison.Ordinal);
        var statuses = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Status));
        Assert.Equal(PaymentStatus.Exported, statuses[first.Id()]);
        Assert.Equal(PaymentStatus.Cancelled, statuses[second.Id()]);
    }

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Hidden();
}
