using System.Globalization;
using System.Net;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.Referrals.Sending.SendingTestData;

namespace Amuddu.Web.Tests.Referrals.Sending;

public sealed class SendingPageTests
{
    private static async Task<HttpClient> BrowserAsync(AmudduApp app)
    {
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        return browser;
    }

    private static (string, string)[] Fields(string reason = "Souhaite apprendre la couture.", string urgency = "Soon", string action = "send") =>
        [("Input.Reason", reason), ("Input.Request", "Inscription à la session de janvier."), ("Input.Urgency", urgency), ("Input.Action", action)];

    [Fact]
    public async Task The_counsellor_finds_another_organisation_s_service_and_sends_the_referral_from_the_page()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        await app.ShareAsync(c, ["Identity", "PositioningAndSkills"]);
        var browser = await BrowserAsync(app);

        var file = await (await browser.GetAsync($"/people/{c.PersonId}/referrals")).ReadHtmlAsync();
        Assert.Contains($"href=\"/people/{c.PersonId}/referrals/new\"", file, StringComparison.Ordinal);
        Assert.Contains("Orienter vers un partenaire", file, StringComparison.Ordinal);

        var search = await (await browser.GetAsync($"/people/{c.PersonId}/referrals/new?q=couture&region=MA-04")).ReadHtmlAsync();
        Assert.Contains("Coupe et couture traditionnelle", search, StringComparison.Ordinal);
        Assert.Contains(Entraide, search, StringComparison.Ordinal);
        Assert.Contains($"referrals/new?offerId={c.OfferId}", search, StringComparison.Ordinal);
        var anapec = await (await browser.GetAsync($"/people/{c.PersonId}/referrals/new?region=MA-04")).ReadHtmlAsync();
        Assert.DoesNotContain("ANAPEC (démo)", anapec, StringComparison.Ordinal);

        var page = $"/people/{c.PersonId}/referrals/new?offerId={c.OfferId}";
        var form = await (await browser.GetAsync(page)).ReadHtmlAsync();
        Assert.Contains("non couvert par le consentement de la personne", form, StringComparison.Ordinal);
        Assert.DoesNotContain("no-sharing-consent", form, StringComparison.Ordinal);

        var sent = await browser.SubmitFormAsync(page, "new-referral", [.. Fields(), ("Shares", "PositioningAndSkills")]);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var referral = await app.QueryAsync(db => db.Referrals.SingleAsync());
        Assert.Equal($"/referrals/{referral.Id}", sent.Target());
        Assert.Equal(ReferralStatus.Sent, referral.Status);
        Assert.Equal(SharedData.Identity | SharedData.PositioningAndSkills, referral.SharedData);
        Assert.Equal(app.Today.AddDays(5), referral.RespondBy);

        var section = await (await browser.GetAsync($"/people/{c.PersonId}/referrals")).ReadHtmlAsync();
        Assert.Contains($"href=\"/referrals/{referral.Id}\"", section, StringComparison.Ordinal);
        Assert.Contains("Envoyée", section, StringComparison.Ordinal);
        Assert.DoesNotContain($"/referrals/{referral.Id}/edit", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_sharing_consent_the_page_says_so_refuses_to_send_and_still_saves_a_draft_that_can_be_sent_later()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        var browser = await BrowserAsync(app);
        var page = $"/people/{c.PersonId}/referrals/new?offerId={c.OfferId}";

        var form = await (await browser.GetAsync(page)).ReadHtmlAsync();
        Assert.Contains("La personne n'a pas donné de consentement au partage avec Entraide Nationale (démo)", form, StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{c.PersonId}/consents\"", form, StringComparison.Ordinal);

        var refused = await browser.SubmitFormAsync(page, "new-referral", Fields());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.ReadHtmlAsync();
        Assert.Contains("l'orientation ne peut pas être envoyée", html, StringComparison.Ordinal);
        Assert.Contains("Souhaite apprendre la couture.", html, StringComparison.Ordinal);
        Assert.Empty(await app.QueryAsync(db => db.Referrals.ToListAsync()));

        var saved = await browser.SubmitFormAsync(page, "new-referral", Fields(action: "draft"));
        var draft = await app.QueryAsync(db => db.Referrals.SingleAsync());
        Assert.Equal($"/referrals/{draft.Id}", saved.Target());
        Assert.Equal(ReferralStatus.Draft, draft.Status);
        var file = await (await browser.GetAsync($"/people/{c.PersonId}/referrals")).ReadHtmlAsync();
        Assert.Contains($"href=\"/referrals/{draft.Id}/edit\"", file, StringComparison.Ordinal);

        // Once the person agrees, the draft is changed and sent from its own page.
        await app.ShareAsync(c, []);
        var edit = $"/referrals/{draft.Id}/edit";
        Assert.Contains("Souhaite apprendre la couture.", await (await browser.GetAsync(edit)).ReadHtmlAsync(), StringComparison.Ordinal);
        var sent = await browser.SubmitFormAsync(edit, "edit-referral", Fields(reason: "Veut un métier de la couture."));
        Assert.Equal($"/referrals/{draft.Id}", sent.Target());
        var stored = await app.QueryAsync(db => db.Referrals.SingleAsync());
        Assert.Equal(ReferralStatus.Sent, stored.Status);
        Assert.Equal("Veut un métier de la couture.", stored.Reason);
    }

    [Fact]
    public async Task A_bad_post_shows_the_message_by_the_field_and_keeps_what_was_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        await app.ShareAsync(c, ["Identity", "Notes"]);
        var browser = await BrowserAsync(app);
        var page = $"/people/{c.PersonId}/referrals/new?offerId={c.OfferId}";

        var response = await browser.SubmitFormAsync(page, "new-referral",
            ("Input.Reason", ""), ("Input.Request", "Cours du soir si possible"), ("Input.Urgency", ""), ("Input.DueBy", app.Today.AddDays(-3).ToString("yyyy-MM-dd")),
            ("Shares", "Notes"), ("Input.Action", "draft"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.ReadHtmlAsync();
        Assert.Contains("Le champ « Motif de l'orientation » est obligatoire.", html, StringComparison.Ordinal);
        Assert.Contains("Le champ « Urgence » est obligatoire.", html, StringComparison.Ordinal);
        Assert.Contains("Cette date ne peut pas être passée.", html, StringComparison.Ordinal);
        Assert.Contains("Cours du soir si possible", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{app.Today.AddDays(-3).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}\"", html, StringComparison.Ordinal);
        Assert.Matches("name=\"Shares\" value=\"Notes\" checked", html);
        Assert.Empty(await app.QueryAsync(db => db.Referrals.ToListAsync()));
    }

    [Fact]
    public async Task Dates_typed_day_first_are_stored_and_a_wrong_one_is_refused_naming_the_field_with_the_text_kept()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        await app.ShareAsync(c, ["Identity"]);
        var browser = await BrowserAsync(app);
        var page = $"/people/{c.PersonId}/referrals/new?offerId={c.OfferId}";
        var respondBy = app.Today.AddDays(10);
        var dueBy = app.Today.AddDays(40);

        var wrong = await browser.SubmitFormAsync(page, "new-referral", [.. Fields(action: "draft"), ("Input.DueBy", "31/02/2027")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var html = await wrong.ReadHtmlAsync();
        Assert.Contains("Service souhaité avant le : « 31/02/2027 » n'est pas une date.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2027\"", html, StringComparison.Ordinal);
        Assert.Empty(await app.QueryAsync(db => db.Referrals.ToListAsync()));

        var saved = await browser.SubmitFormAsync(page, "new-referral",
            [.. Fields(action: "draft"), ("Input.RespondBy", respondBy.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)), ("Input.DueBy", dueBy.ToString("d.M.yyyy", CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var referral = await app.QueryAsync(db => db.Referrals.SingleAsync());
        Assert.Equal(respondBy, referral.RespondBy);
        Assert.Equal(dueBy, referral.DueBy);
        var edit = await (await browser.GetAsync($"/referrals/{referral.Id}/edit")).ReadHtmlAsync();
        Assert.Contains($"value=\"{dueBy.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}\"", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_page_records_what_a_sharing_consent_covers_and_keeps_the_ticks_on_an_error()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        var browser = await BrowserAsync(app);
        var page = $"/people/{c.PersonId}/consents";
        var today = app.Today.ToString("yyyy-MM-dd");

        var bad = await browser.SubmitFormAsync(page, "record-consent",
            ("Consent.Purpose", "Statistics"), ("Consent.Method", "SignedForm"), ("Consent.GivenOn", today), ("ConsentShares", "Notes"));
        var html = await bad.ReadHtmlAsync();
        Assert.Contains("Les données partagées ne s'indiquent que pour un consentement au partage.", html, StringComparison.Ordinal);
        Assert.Matches("name=\"ConsentShares\" value=\"Notes\" checked", html);

        var recorded = await browser.SubmitFormAsync(page, "record-consent",
            ("Consent.Purpose", "SharingWithPartner"), ("Consent.RecipientOrganisationId", c.EntraideId.ToString()), ("Consent.Method", "SignedForm"),
            ("Consent.GivenOn", today), ("ConsentShares", "Notes"), ("ConsentShares", "ActionPlan"));
        Assert.Contains("(Identité et coordonnées, Plan d'action, Notes de suivi)", await recorded.ReadHtmlAsync(), StringComparison.Ordinal);
        var consent = await app.QueryAsync(db => db.Consents.SingleAsync(x => x.Purpose == Web.Features.Consents.ConsentPurpose.SharingWithPartner));
        Assert.Equal(SharedData.Identity | SharedData.Notes | SharedData.ActionPlan, consent.SharedData);

        // The printed form lets the person tick what a partner may see, in the person's language.
        var printed = await (await browser.GetAsync($"/people/{c.PersonId}/consent-form?lang=ar")).ReadHtmlAsync();
        Assert.Contains("ما يمكن للشريك الاطلاع عليه", printed, StringComparison.Ordinal);
        Assert.Contains("الوثائق والوضعية القانونية", printed, StringComparison.Ordinal);
    }
}
