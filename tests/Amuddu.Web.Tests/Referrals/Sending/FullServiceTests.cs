using System.Net;
using System.Net.Http.Json;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.Referrals.Sending.SendingTestData;

namespace Amuddu.Web.Tests.Referrals.Sending;

/// <summary>A service marked full still takes a referral, but only once the sender has said they know: 409 service-full until then.</summary>
public sealed class FullServiceTests
{
    private static Task MarkFullAsync(AmudduApp app, Guid offerId, int? seatsLeft = 0, int? waitingWeeks = 6) =>
        app.QueryAsync(async db =>
        {
            var offer = await db.Offers.SingleAsync(o => o.Id == offerId);
            offer.SeatsLeft = seatsLeft;
            offer.WaitingWeeks = waitingWeeks;
            offer.CapacityUpdatedAt = app.Clock.GetUtcNow().AddDays(-2);
            await db.SaveChangesAsync();
            return 0;
        });

    [Fact]
    public async Task The_api_answers_409_service_full_and_keeps_nothing_until_the_sender_confirms()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        await app.ShareAsync(c, ["Identity"]);
        await MarkFullAsync(app, c.OfferId);

        var refused = await c.Client.PostAsJsonAsync(ReferralsUrl, Body(c, send: true));
        var problem = await refused.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("https://amuddu.org/problems/service-full", problem.GetProperty("type").GetString());
        Assert.Contains("n'a plus de place", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("6 semaine(s) d'attente", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("confirmFull", problem.GetProperty("confirmWith").GetString());
        Assert.Equal(0, problem.GetProperty("seatsLeft").GetInt32());
        Assert.Empty(await app.QueryAsync(db => db.Referrals.ToListAsync()));

        var confirmed = await c.CreateAsync(new(Body(c, send: true)) { ["confirmFull"] = true });
        Assert.Equal("Sent", confirmed.GetProperty("status").GetString());

        // A draft to a full service is kept as any draft; sending it asks the same confirmation.
        var draft = await c.CreateAsync(Body(c));
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        var notYet = await c.Client.SendAsync(draft.Id(), draft.Version());
        Assert.Equal("https://amuddu.org/problems/service-full", (await notYet.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal(ReferralStatus.Draft, await app.QueryAsync(db => db.Referrals.Where(r => r.Id == draft.Id()).Select(r => r.Status).SingleAsync()));
        var sent = await c.Client.PostAsJsonAsync($"{ReferralsUrl}/{draft.Id()}/send", new { version = draft.Version(), confirmFull = true });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        // A service with seats left, or whose capacity was never given, needs no confirmation.
        await MarkFullAsync(app, c.OfferId, seatsLeft: null, waitingWeeks: null);
        Assert.Equal("Sent", (await c.CreateAsync(Body(c, send: true))).GetProperty("status").GetString());
        await MarkFullAsync(app, c.OfferId, seatsLeft: 2);
        Assert.Equal("Sent", (await c.CreateAsync(Body(c, send: true))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_send_form_warns_that_the_service_is_full_and_sends_only_with_the_box_ticked()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        await app.ShareAsync(c, ["Identity"]);
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{c.PersonId}/referrals/new?offerId={c.OfferId}";
        Assert.DoesNotContain("id=\"service-full\"", await (await browser.GetAsync(page)).ReadHtmlAsync(), StringComparison.Ordinal);
        await MarkFullAsync(app, c.OfferId, waitingWeeks: null);
        (string, string)[] fields = [("Input.Reason", "Souhaite apprendre la couture."), ("Input.Urgency", "Soon"), ("Input.Action", "send")];

        var form = await (await browser.GetAsync(page)).ReadHtmlAsync();
        Assert.Contains("id=\"service-full\"", form, StringComparison.Ordinal);
        Assert.Contains("<strong>Complet</strong>", form, StringComparison.Ordinal);
        Assert.Contains("Ce service n'a plus de place", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.ConfirmFull\"", form, StringComparison.Ordinal);

        var refused = await browser.SubmitFormAsync(page, "new-referral", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.ReadHtmlAsync();
        Assert.Contains("Cochez « envoyer quand même » pour orienter vers un service complet", html, StringComparison.Ordinal);
        Assert.Contains("id=\"confirmFull-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Souhaite apprendre la couture.", html, StringComparison.Ordinal);
        Assert.Empty(await app.QueryAsync(db => db.Referrals.ToListAsync()));

        var sent = await browser.SubmitFormAsync(page, "new-referral", [.. fields, ("Input.ConfirmFull", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(ReferralStatus.Sent, (await app.QueryAsync(db => db.Referrals.SingleAsync())).Status);
    }
}
