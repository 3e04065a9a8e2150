using System.Net;
using System.Net.Http.Json;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Referrals.Lifecycle;

public class LifecyclePageTests
{
    private static Task<ReferralStatus> StatusAsync(AmudduApp app, Guid id) =>
        app.QueryAsync(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());

    [Fact]
    public async Task The_boxes_list_each_sides_referrals_and_name_the_person_only_in_the_senders_box()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();

        var partner = app.CreateBrowser("en");
        await app.WebSignInAsync(partner, Demo.Caseworker);
        var received = await (await partner.GetAsync("/referrals")).ReadHtmlAsync();
        Assert.Contains(sent.Reference, received);
        Assert.Contains($"/referrals/{sent.Id}", received);
        Assert.DoesNotContain("Awa", received);
        Assert.Contains("No referrals here.", await (await partner.GetAsync("/referrals?box=sent")).ReadHtmlAsync());

        var counsellor = app.CreateBrowser("en");
        await app.WebSignInAsync(counsellor, Demo.Counsellor);
        var outbox = await (await counsellor.GetAsync("/referrals?box=sent")).ReadHtmlAsync();
        Assert.Contains("Awa Sow", outbox);
        Assert.Contains(sent.Reference, outbox);
        Assert.Contains("No referrals here.", await (await counsellor.GetAsync("/referrals?box=sent&status=Completed")).ReadHtmlAsync());

        app.Clock.Advance(TimeSpan.FromDays(8));
        counsellor = app.CreateBrowser("en");
        await app.WebSignInAsync(counsellor, Demo.Counsellor);
        var late = await (await counsellor.GetAsync("/referrals?box=sent&overdue=true")).ReadHtmlAsync();
        Assert.Contains(sent.Reference, late);
        Assert.Contains("Overdue", late);

        var ngo = app.CreateBrowser("en");
        await app.WebSignInAsync(ngo, Demo.NgoCounsellor);
        Assert.DoesNotContain(sent.Reference, await (await ngo.GetAsync("/referrals")).ReadHtmlAsync());
        Assert.DoesNotContain(sent.Reference, await (await ngo.GetAsync("/referrals?box=sent")).ReadHtmlAsync());
        var foreign = await (await ngo.GetAsync($"/referrals/{sent.Id}")).ReadHtmlAsync();
        Assert.DoesNotContain(sent.Reference, foreign);
        Assert.Equal(ReferralStatus.Sent, await StatusAsync(app, sent.Id));
    }

    [Fact]
    public async Task The_partner_reads_the_shared_part_accepts_enrols_and_completes_through_the_detail_page()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Caseworker);
        var page = $"/referrals/{sent.Id}";

        var html = await (await browser.GetAsync(page)).ReadHtmlAsync();
        Assert.Contains(sent.Reference, html);
        Assert.Contains("The person's shared data", html);
        Assert.Contains("Awa", html);
        Assert.Equal(ReferralStatus.Received, await StatusAsync(app, sent.Id));
        Assert.NotEmpty(await app.AuditAsync(ReferralAudit.SharedDataViewed));

        // A decline without its reason is refused beside the field, and the note typed stays.
        var refused = await (await browser.SubmitFormAsync(page, "decline", ("Decline.Note", "Plus de place avant mars"))).ReadHtmlAsync();
        Assert.Contains("Reason for declining is required.", refused);
        Assert.Contains("Plus de place avant mars", refused);
        Assert.Equal(ReferralStatus.Received, await StatusAsync(app, sent.Id));

        Assert.Contains("Referral updated.", await (await browser.SubmitFormAsync(page, "accept")).ReadHtmlAsync());
        Assert.Equal(ReferralStatus.Accepted, await StatusAsync(app, sent.Id));
        Assert.Contains("Enrolled / taken in", await (await browser.GetAsync(page)).ReadHtmlAsync());
        await browser.SubmitFormAsync(page, "start", ("Start.Note", "Inscrite à la session de janvier."));
        Assert.Equal(ReferralStatus.InProgress, await StatusAsync(app, sent.Id));

        var noOutcome = await (await browser.SubmitFormAsync(page, "complete", ("Complete.Note", "Tout s'est bien passé"))).ReadHtmlAsync();
        Assert.Contains("Outcome is required.", noOutcome);
        Assert.Contains("Tout s'est bien passé", noOutcome);
        await browser.SubmitFormAsync(page, "complete", ("Complete.Outcome", "TrainingCertified"), ("Complete.Note", "Certificat obtenu."));
        Assert.Equal(ReferralStatus.Completed, await StatusAsync(app, sent.Id));

        // Completed is no longer open: the shared part is gone.
        var done = await (await browser.GetAsync(page)).ReadHtmlAsync();
        Assert.Contains("Access ended", done);
        Assert.DoesNotContain("Awa", done);
        Assert.Contains("Certificat obtenu.", done);
    }

    [Fact]
    public async Task A_withdrawn_consent_shows_access_ended_on_the_partners_page()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Caseworker);
        Assert.Contains("Awa", await (await browser.GetAsync($"/referrals/{sent.Id}")).ReadHtmlAsync());

        var withdrawn = await sent.Counsellor.PostAsJsonAsync($"/api/v1/people/{sent.PersonId}/consents/{sent.ConsentId}/withdraw", new { });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        var html = await (await browser.GetAsync($"/referrals/{sent.Id}")).ReadHtmlAsync();
        Assert.Contains("Access ended", html);
        Assert.DoesNotContain("Awa", html);
    }

    [Fact]
    public async Task The_counsellor_adds_a_note_withdraws_and_the_partner_refers_back_through_the_page()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        var anapecOffer = await app.QueryAsync(db => db.Offers.Where(o => o.OrganisationId == sent.AnapecId && o.Status == OfferStatus.Published)
            .OrderBy(o => o.CreatedAt).Select(o => o.Id).FirstAsync());

        // The partner accepts, then refers the person back; a counter-referral without a reason keeps the choice.
        var partner = app.CreateBrowser("en");
        await app.WebSignInAsync(partner, Demo.Caseworker);
        var page = $"/referrals/{sent.Id}";
        await partner.SubmitFormAsync(page, "accept");
        var refused = await (await partner.SubmitFormAsync(page, "counter-referral", ("Counter.OfferId", anapecOffer.ToString()), ("Counter.Request", "Atelier CV"))).ReadHtmlAsync();
        Assert.Contains("Reason for the referral is required.", refused);
        Assert.Contains("Atelier CV", refused);
        var counter = await (await partner.SubmitFormAsync(page, "counter-referral",
            ("Counter.OfferId", anapecOffer.ToString()), ("Counter.Reason", "Recherche d'emploi après la formation"))).ReadHtmlAsync();
        Assert.Contains("Counter-referral sent", counter);
        var back = await app.QueryAsync(db => db.Referrals.SingleAsync(r => r.ParentReferralId == sent.Id));

        var counsellor = app.CreateBrowser("en");
        await app.WebSignInAsync(counsellor, Demo.Counsellor);
        var received = await (await counsellor.GetAsync("/referrals?box=received")).ReadHtmlAsync();
        Assert.Contains(back.Reference, received);
        var backPage = await (await counsellor.GetAsync($"/referrals/{back.Id}")).ReadHtmlAsync();
        Assert.Contains($"/people/{sent.PersonId}", backPage);

        var bad = await (await counsellor.SubmitFormAsync(page, "note", ("NoteInput.Text", ""))).ReadHtmlAsync();
        Assert.Contains("Note is required.", bad);
        await counsellor.SubmitFormAsync(page, "note", ("NoteInput.Text", "Merci, elle viendra lundi."));
        Assert.Contains("Merci, elle viendra lundi.", await (await partner.GetAsync(page)).ReadHtmlAsync());

        var withdrawn = await (await counsellor.SubmitFormAsync(page, "withdraw", ("Withdraw.Note", "A trouvé un emploi."))).ReadHtmlAsync();
        Assert.Contains("Referral updated.", withdrawn);
        Assert.Equal(ReferralStatus.Withdrawn, await StatusAsync(app, sent.Id));
    }
}
