using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Amuddu.Web.Tests.Referrals.Sending.SendingTestData;

namespace Amuddu.Web.Tests.Referrals.Sending;

public sealed class SendingTests
{
    [Fact]
    public async Task A_draft_is_sent_once_the_consent_covers_it_and_the_partner_is_told_without_personal_data()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);

        var draft = await c.CreateAsync(Body(c, send: false, "Identity", "PositioningAndSkills"));
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.Equal(ReferralAccess.NewReference(draft.Id()), draft.GetProperty("reference").GetString());
        Assert.Equal(app.Today.AddDays(10).ToString("yyyy-MM-dd"), draft.GetProperty("respondBy").GetString());
        Assert.Equal(c.EntraideId, draft.GetProperty("recipientOrganisationId").GetGuid());
        Assert.Empty(await app.QueryAsync(db => db.OutboxMessages.ToListAsync()));

        var consent = await app.ShareAsync(c, ["identity", "positioningAndSkills"]);
        var sent = await c.Client.SendAsync(draft.Id(), draft.Version());
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var body = await sent.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        Assert.Equal("Sent", body.GetProperty("status").GetString());
        Assert.Equal(consent.Id(), body.GetProperty("consentId").GetGuid());

        var stored = await app.QueryAsync(db => db.Referrals.SingleAsync());
        Assert.Equal(ReferralStatus.Sent, stored.Status);
        Assert.Equal(app.Clock.GetUtcNow(), stored.SentAt!.Value, TimeSpan.FromMilliseconds(1));
        var counsellor = await app.QueryAsync(db => db.Users.SingleAsync(u => u.Email == Demo.Counsellor));
        Assert.Equal(counsellor.Id, stored.SenderUserId);
        Assert.Equal(counsellor.SiteId, stored.SenderSiteId);
        var events = await app.QueryAsync(db => db.ReferralEvents.OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync());
        Assert.Equal([ReferralStatus.Draft, ReferralStatus.Sent], events.Select(e => e.Status));

        Assert.Single(await app.AuditAsync(ReferralAudit.Created));
        Assert.Equal("granted: Identity, PositioningAndSkills", Assert.Single(await app.AuditAsync(ReferralAudit.ConsentChecked)).Detail);
        Assert.Equal("Sent", Assert.Single(await app.AuditAsync(ReferralAudit.StatusChanged)).Detail);

        // Only the staff who take referrals at Entraide Nationale, and only what the referral is, not who.
        var messages = await app.QueryAsync(db => db.OutboxMessages.ToListAsync());
        var message = Assert.Single(messages);
        Assert.Equal(OutboxChannel.Email, message.Channel);
        Assert.Null(message.PersonId);
        Assert.Equal(c.EntraideId, message.OrganisationId);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(Demo.Caseworker, scope.ServiceProvider.GetRequiredService<FieldProtector>().UnprotectText(message.RecipientCipher));
        var text = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        var rendered = Outbox.Render(text, message.TemplateKey, message.Culture, message.Parameters);
        Assert.Contains(stored.Reference, rendered, StringComparison.Ordinal);
        Assert.Contains("Coupe et couture traditionnelle", rendered, StringComparison.Ordinal);
        Assert.Contains(stored.RespondBy.ToString("d", Web.Features.Localisation.Cultures.Default), rendered, StringComparison.Ordinal);
        foreach (var personal in new[] { "Awa", "Ndiaye", "couture pour travailler", "Inscription", c.PersonId.ToString() })
        {
            Assert.DoesNotContain(personal, rendered + message.Parameters + message.Subject, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_referral_is_sent_at_once_when_asked_and_its_urgency_sets_the_answer_date()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        await app.ShareAsync(c, []);
        var body = Body(c, send: true);
        body["urgency"] = "Urgent";

        var sent = await c.CreateAsync(body);

        Assert.Equal("Sent", sent.GetProperty("status").GetString());
        Assert.Equal(app.Today.AddDays(2).ToString("yyyy-MM-dd"), sent.GetProperty("respondBy").GetString());
        var events = await app.QueryAsync(db => db.ReferralEvents.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Status).ToListAsync());
        Assert.Equal([ReferralStatus.Draft, ReferralStatus.Sent], events);
        Assert.Single(await app.QueryAsync(db => db.OutboxMessages.ToListAsync()));
        Assert.Equal("Sent", Assert.Single(await app.AuditAsync(ReferralAudit.StatusChanged)).Detail);
    }

    [Fact]
    public async Task The_allowance_says_what_the_consent_lets_the_service_organisation_see_or_why_nothing()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        var url = $"{ReferralsUrl}/allowance?personId={c.PersonId}&offerId={c.OfferId}";

        var none = await c.Client.GetFromJsonAsync<JsonElement>(url, Http.Json);
        Assert.False(none.GetProperty("canSend").GetBoolean());
        Assert.Empty(none.GetProperty("allowed").EnumerateArray());
        Assert.Contains(Entraide, none.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var consent = await app.ShareAsync(c, ["Identity", "DocumentsAndLegalStatus"]);
        var some = await c.Client.GetFromJsonAsync<JsonElement>(url, Http.Json);
        Assert.True(some.GetProperty("canSend").GetBoolean());
        Assert.Equal(["Identity", "DocumentsAndLegalStatus"], some.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(consent.Id(), some.GetProperty("consentId").GetGuid());
        Assert.Equal(JsonValueKind.Null, some.GetProperty("reason").ValueKind);
        Assert.Equal(2, (await app.AuditAsync(ReferralAudit.ConsentChecked)).Count);

        var ownOffer = await app.QueryAsync(db => db.Offers.Where(o => o.OrganisationId != c.EntraideId && o.Status == Web.Features.Catalogue.OfferStatus.Published
            && db.Organisations.Any(r => r.Id == o.OrganisationId && r.Acronym == "ANAPEC")).Select(o => o.Id).FirstAsync());
        var own = await c.Client.GetAsync($"{ReferralsUrl}/allowance?personId={c.PersonId}&offerId={ownOffer}");
        Assert.True((await own.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("offerId", out _));
    }

    [Fact]
    public async Task Without_a_consent_to_sharing_with_the_organisation_nothing_is_sent_and_the_answer_says_why()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        var draft = await c.CreateAsync(Body(c));

        var refused = await (await c.Client.SendAsync(draft.Id(), draft.Version())).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.ConsentRequired, refused.GetProperty("type").GetString());
        Assert.Contains(Entraide, refused.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Identity"], refused.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.StartsWith("refused", Assert.Single(await app.AuditAsync(ReferralAudit.ConsentChecked)).Detail, StringComparison.Ordinal);

        // A consent to sharing with someone else does not count; sent at once, nothing is kept.
        var ngo = await app.QueryAsync(db => db.Organisations.Where(o => o.Acronym == "ASM").Select(o => o.Id).SingleAsync());
        var other = await c.Client.PostAsJsonAsync($"/api/v1/people/{c.PersonId}/consents", new
        {
            purpose = "SharingWithPartner", recipientOrganisationId = ngo, method = "SignedForm", givenOn = app.Today.ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        await (await c.Client.PostAsJsonAsync(ReferralsUrl, Body(c, send: true))).ProblemAsync(HttpStatusCode.Conflict);
        var stored = await app.QueryAsync(db => db.Referrals.ToListAsync());
        Assert.Equal(ReferralStatus.Draft, Assert.Single(stored).Status);
        Assert.Empty(await app.QueryAsync(db => db.OutboxMessages.ToListAsync()));
    }

    [Fact]
    public async Task A_consent_to_sharing_with_organisations_of_a_kind_covers_each_of_them()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        var consent = await app.ShareAsync(c, ["Identity", "ActionPlan"], kind: "SocialAssistance");
        var draft = await c.CreateAsync(Body(c, false, "Identity", "ActionPlan"));

        var sent = await c.Client.SendAsync(draft.Id(), draft.Version());

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(consent.Id(), (await sent.Content.ReadFromJsonAsync<JsonElement>(Http.Json)).GetProperty("consentId").GetGuid());
    }

    [Fact]
    public async Task Sharing_more_than_the_consent_covers_is_refused_naming_what_is_missing()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        await app.ShareAsync(c, ["Identity", "DocumentsAndLegalStatus"]);
        var draft = await c.CreateAsync(Body(c, false, "Identity", "DocumentsAndLegalStatus", "Notes", "ActionPlan"));

        var refused = await (await c.Client.SendAsync(draft.Id(), draft.Version())).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(ProblemTypes.ConsentRequired, refused.GetProperty("type").GetString());
        Assert.Equal(["ActionPlan", "Notes"], refused.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Le consentement de la personne ne couvre pas : Plan d'action, Notes de suivi. Retirez ces données ou recueillez un nouveau consentement.",
            refused.GetProperty("title").GetString());
        Assert.Equal(ReferralStatus.Draft, await app.QueryAsync(db => db.Referrals.Select(r => r.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("offerId", null)]
    [InlineData("offerId", "missing")]
    [InlineData("offerId", "own")]
    [InlineData("offerId", "archived")]
    [InlineData("reason", null)]
    [InlineData("reason", "long")]
    [InlineData("request", "long")]
    [InlineData("urgency", null)]
    [InlineData("urgency", "Tomorrow")]
    [InlineData("respondBy", "past")]
    [InlineData("respondBy", "far")]
    [InlineData("respondBy", "2026-02-30")]
    [InlineData("dueBy", "past")]
    [InlineData("sharedData", "noIdentity")]
    [InlineData("sharedData", "Everything")]
    [InlineData("sharedData", "None")]
    public async Task Bad_input_is_refused_naming_the_field(string field, string? value)
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        var body = Body(c);
        body[field] = (field, value) switch
        {
            ("offerId", "missing") => Guid.NewGuid(),
            ("offerId", "own") => await app.QueryAsync(db => db.Offers.Where(o => o.Status == Web.Features.Catalogue.OfferStatus.Published
                && db.Organisations.Any(r => r.Id == o.OrganisationId && r.Acronym == "ANAPEC")).Select(o => o.Id).FirstAsync()),
            ("offerId", "archived") => await app.QueryAsync(async db =>
            {
                var embroidery = await db.Offers.SingleAsync(o => o.OrganisationId == c.EntraideId && o.OccupationCode == "OCC-EMBROIDERER");
                embroidery.Status = Web.Features.Catalogue.OfferStatus.Archived;
                await db.SaveChangesAsync();
                return embroidery.Id;
            }),
            (_, "long") => new string('a', 2001),
            ("respondBy", "past") or ("dueBy", "past") => app.Today.AddDays(-1).ToString("yyyy-MM-dd"),
            ("respondBy", "far") => app.Today.AddDays(91).ToString("yyyy-MM-dd"),
            ("sharedData", "noIdentity") => new[] { "Notes" },
            ("sharedData", _) => new[] { "Identity", value },
            _ => value,
        };

        var problem = await (await c.Client.PostAsJsonAsync(ReferralsUrl, body)).ProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"{field} not in {errors}");
        Assert.All(messages.EnumerateArray(), m => Assert.False(string.IsNullOrWhiteSpace(m.GetString())));
        Assert.Empty(await app.QueryAsync(db => db.Referrals.ToListAsync()));
    }

    [Fact]
    public async Task Without_consent_to_processing_no_referral_is_made()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app, minimal: true);

        var problem = await (await c.Client.PostAsJsonAsync(ReferralsUrl, Body(c))).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(ProblemTypes.ConsentRequired, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_scope_of_a_consent_to_sharing_is_kept_shown_and_only_for_sharing()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);

        var empty = await app.ShareAsync(c, []);
        Assert.Equal(["Identity"], empty.GetProperty("sharedData").EnumerateArray().Select(p => p.GetString()));
        var some = await app.ShareAsync(c, ["notes", "identity"]);
        Assert.Equal(["Identity", "Notes"], some.GetProperty("sharedData").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(SharedData.Identity | SharedData.Notes, await app.QueryAsync(db => db.Consents.Where(x => x.Id == some.Id()).Select(x => x.SharedData).SingleAsync()));

        var processing = await c.Client.PostAsJsonAsync($"/api/v1/people/{c.PersonId}/consents",
            new { purpose = "Statistics", method = "SignedForm", givenOn = app.Today.ToString("yyyy-MM-dd"), sharedData = new[] { "Identity" } });
        Assert.True((await processing.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("sharedData", out _));
        var unknown = await c.Client.PostAsJsonAsync($"/api/v1/people/{c.PersonId}/consents",
            new { purpose = "SharingWithPartner", recipientOrganisationId = c.EntraideId, method = "SignedForm", givenOn = app.Today.ToString("yyyy-MM-dd"), sharedData = new[] { "Health" } });
        Assert.True((await unknown.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("sharedData", out _));
        var list = await c.Client.GetFromJsonAsync<JsonElement[]>($"/api/v1/people/{c.PersonId}/consents", Http.Json);
        Assert.Contains(list!, x => x.GetProperty("purpose").GetString() == "Processing" && x.GetProperty("sharedData").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Another_organisation_finds_neither_the_person_nor_the_draft()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        var draft = await c.CreateAsync(Body(c));
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);

        await (await ngo.PostAsJsonAsync(ReferralsUrl, Body(c))).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.GetAsync($"{ReferralsUrl}/allowance?personId={c.PersonId}&offerId={c.OfferId}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.GetAsync($"/api/v1/people/{c.PersonId}/referrals")).ProblemAsync(HttpStatusCode.NotFound);
        var update = Body(c);
        update["version"] = draft.Version();
        await (await ngo.PutAsJsonAsync($"{ReferralsUrl}/{draft.Id()}", update)).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.SendAsync(draft.Id(), draft.Version())).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PutAsJsonAsync($"{ReferralsUrl}/{Guid.NewGuid()}", update)).ProblemAsync(HttpStatusCode.NotFound);

        // The receiving organisation never sees a draft, and cannot change a sent referral's terms.
        var caseworker = await app.ApiClientAsync(Demo.Caseworker);
        await (await caseworker.SendAsync(draft.Id(), draft.Version())).ProblemAsync(HttpStatusCode.NotFound);
        await app.ShareAsync(c, []);
        var sent = await (await c.Client.SendAsync(draft.Id(), draft.Version())).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        update["version"] = sent.Version();
        await (await caseworker.PutAsJsonAsync($"{ReferralsUrl}/{draft.Id()}", update)).ProblemAsync(HttpStatusCode.NotFound);
        await (await caseworker.SendAsync(draft.Id(), sent.Version())).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(ReferralStatus.Sent, await app.QueryAsync(db => db.Referrals.Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_draft_changes_against_the_version_read_and_not_once_sent()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        var draft = await c.CreateAsync(Body(c));
        var update = Body(c);
        update["reason"] = "Veut une formation courte.";
        update["urgency"] = "Soon";
        update["respondBy"] = null;
        update["version"] = draft.Version();

        var changed = await c.Client.PutAsJsonAsync($"{ReferralsUrl}/{draft.Id()}", update);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        Assert.Equal("Veut une formation courte.", body.GetProperty("reason").GetString());
        Assert.Equal(app.Today.AddDays(5).ToString("yyyy-MM-dd"), body.GetProperty("respondBy").GetString());
        Assert.Single(await app.AuditAsync(ReferralAudit.Updated));

        await (await c.Client.PutAsJsonAsync($"{ReferralsUrl}/{draft.Id()}", update)).ProblemAsync(HttpStatusCode.Conflict);
        await (await c.Client.SendAsync(draft.Id(), draft.Version())).ProblemAsync(HttpStatusCode.Conflict);

        await app.ShareAsync(c, []);
        var sent = await (await c.Client.SendAsync(draft.Id(), body.Version())).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        update["version"] = sent.Version();
        var afterSend = await (await c.Client.PutAsJsonAsync($"{ReferralsUrl}/{draft.Id()}", update)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.Conflict, afterSend.GetProperty("type").GetString());
        await (await c.Client.SendAsync(draft.Id(), sent.Version())).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_person_s_referrals_show_where_each_went_and_what_came_back()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        await app.ShareAsync(c, []);
        var sent = await c.CreateAsync(Body(c, send: true));
        await c.CreateAsync(Body(c));
        await app.QueryAsync(db => db.Referrals.Where(r => r.Id == sent.Id()).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, ReferralStatus.Declined).SetProperty(r => r.DeclineReason, DeclineReason.NoCapacity)
            .SetProperty(r => r.ResponseNote, "Session complète jusqu'en mars.")));

        var list = await c.Client.GetFromJsonAsync<JsonElement[]>($"/api/v1/people/{c.PersonId}/referrals", Http.Json);

        Assert.Equal(2, list!.Length);
        var declined = list.Single(r => r.Id() == sent.Id());
        Assert.Equal("Coupe et couture traditionnelle", declined.GetProperty("serviceName").GetString());
        Assert.Equal(Entraide, declined.GetProperty("partnerName").GetString());
        Assert.Equal("NoCapacity", declined.GetProperty("declineReason").GetString());
        Assert.Equal("Session complète jusqu'en mars.", declined.GetProperty("responseNote").GetString());
        Assert.False(declined.GetProperty("overdue").GetBoolean());

        var late = app.Today.AddDays(-1);
        await app.QueryAsync(db => db.Referrals.Where(r => r.Id == sent.Id()).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, ReferralStatus.Sent).SetProperty(r => r.RespondBy, late)));
        list = await c.Client.GetFromJsonAsync<JsonElement[]>($"/api/v1/people/{c.PersonId}/referrals", Http.Json);
        Assert.True(list!.Single(r => r.Id() == sent.Id()).GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task The_partner_s_answer_and_notes_come_back_onto_the_file_timeline()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        await app.ShareAsync(c, []);
        var sent = await c.CreateAsync(Body(c, send: true));
        await PartnerCompletesAsync(app, c, sent.Id());

        var timeline = await c.Client.GetFromJsonAsync<JsonElement[]>($"/api/v1/people/{c.PersonId}/timeline", Http.Json);

        var referralLines = timeline!.Where(t => t.GetProperty("area").GetString() == "Orientation").ToList();
        Assert.Contains(referralLines, t => t.GetProperty("what").GetString() == "Orientation : Envoyée");
        Assert.Contains(referralLines, t => t.GetProperty("what").GetString() == "Orientation : Acceptée"
            && t.GetProperty("detail").GetString()!.StartsWith(Entraide, StringComparison.Ordinal));
        var completed = Assert.Single(referralLines, t => t.GetProperty("what").GetString() == "Orientation : Terminée");
        Assert.Contains("Formation achevée avec certificat", completed.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("A obtenu l'attestation du centre.", completed.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var note = Assert.Single(referralLines, t => t.GetProperty("what").GetString() == "Note sur une orientation");
        Assert.Contains("Assidue, très motivée.", note.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Hind Mansouri", note.GetProperty("byName").GetString());
    }

    [Fact]
    public async Task The_export_holds_the_referrals_and_their_history_and_erasure_blanks_what_was_written()
    {
        await using var app = await AmudduApp.StartAsync();
        var c = await PrepareAsync(app);
        await app.ShareAsync(c, []);
        var sent = await c.CreateAsync(Body(c, send: true));
        await PartnerCompletesAsync(app, c, sent.Id());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var section = scope.ServiceProvider.GetServices<IPersonalDataSection>().Single(s => s.Name == "referrals");
            var export = JsonSerializer.SerializeToElement(await section.ExportAsync(c.PersonId, CancellationToken.None), Http.Json);
            var referral = Assert.Single(export.EnumerateArray());
            Assert.Equal("Souhaite apprendre la couture pour travailler dans un atelier.", referral.GetProperty("reason").GetString());
            Assert.Equal("A obtenu l'attestation du centre.", referral.GetProperty("responseNote").GetString());
            Assert.Equal(5, referral.GetProperty("events").GetArrayLength());
            Assert.Contains(referral.GetProperty("events").EnumerateArray(), e => e.GetProperty("note").GetString() == "Assidue, très motivée.");

            await section.EraseAsync(c.PersonId, CancellationToken.None);
        }

        var erased = await app.QueryAsync(db => db.Referrals.SingleAsync());
        Assert.Equal("", erased.Reason);
        Assert.Null(erased.Request);
        Assert.Null(erased.ResponseNote);
        Assert.Equal(ReferralStatus.Completed, erased.Status);
        Assert.Equal(ReferralOutcome.TrainingCertified, erased.Outcome);
        Assert.NotNull(erased.SentAt);
        Assert.All(await app.QueryAsync(db => db.ReferralEvents.ToListAsync()), e => Assert.Null(e.Note));
        Assert.Equal(5, await app.QueryAsync(db => db.ReferralEvents.CountAsync()));
    }

    /// <summary>What the receiving side's endpoints do, written directly: accepted, a note, completed with an outcome.</summary>
    private static Task PartnerCompletesAsync(AmudduApp app, SendingCase c, Guid referralId) => app.QueryAsync(async db =>
    {
        var caseworker = await db.Users.SingleAsync(u => u.Email == Demo.Caseworker);
        var referral = await db.Referrals.SingleAsync(r => r.Id == referralId);
        var now = app.Clock.GetUtcNow();
        referral.Status = ReferralStatus.Completed;
        referral.RecipientUserId = caseworker.Id;
        referral.RespondedAt = now.AddMinutes(1);
        referral.CompletedAt = now.AddMinutes(3);
        referral.Outcome = ReferralOutcome.TrainingCertified;
        referral.ResponseNote = "A obtenu l'attestation du centre.";
        db.ReferralEvents.AddRange(
            new ReferralEvent { ReferralId = referralId, At = now.AddMinutes(1), ByUserId = caseworker.Id, ByOrganisationId = c.EntraideId, Kind = ReferralEventKind.StatusChanged, Status = ReferralStatus.Accepted },
            new ReferralEvent { ReferralId = referralId, At = now.AddMinutes(2), ByUserId = caseworker.Id, ByOrganisationId = c.EntraideId, Kind = ReferralEventKind.Note, Note = "Assidue, très motivée." },
            new ReferralEvent { ReferralId = referralId, At = now.AddMinutes(3), ByUserId = caseworker.Id, ByOrganisationId = c.EntraideId, Kind = ReferralEventKind.StatusChanged, Status = ReferralStatus.Completed });
        return await db.SaveChangesAsync();
    });
}
