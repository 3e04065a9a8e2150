using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.Referrals.Lifecycle.LifecycleTestData;

namespace Amuddu.Web.Tests.Referrals.Lifecycle;

public class LifecycleApiTests
{
    private static Task<List<OutboxMessage>> MessagesAsync(AmudduApp app) =>
        app.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Subject.StartsWith("referral/")).OrderBy(m => m.CreatedAt).ToListAsync());

    [Fact]
    public async Task A_referral_is_received_on_first_view_then_accepted_started_completed_and_closed_with_its_history_audit_and_emails()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var opened = await sent.Caseworker.ReadReferralAsync(sent.Id);
        Assert.Equal("Received", opened.Status());
        Assert.Equal("Recipient", opened.GetProperty("side").GetString());
        Assert.Equal(JsonValueKind.Null, opened.GetProperty("personId").ValueKind);
        Assert.Equal(JsonValueKind.Null, opened.GetProperty("personName").ValueKind);
        Assert.Equal(["accept", "decline", "note"], opened.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!).ToArray());
        Assert.NotEqual(JsonValueKind.Null, opened.GetProperty("receivedAt").ValueKind);
        // A second look changes nothing.
        Assert.Equal(opened.GetProperty("version").GetInt64(), await sent.Caseworker.VersionAsync(sent.Id));

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var accepted = await sent.Caseworker.MoveOkAsync(sent.Id, "accept");
        Assert.Equal("Accepted", accepted.Status());
        Assert.Equal("Hind Mansouri", accepted.GetProperty("recipientUser").GetString());
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("InProgress", (await sent.Caseworker.MoveOkAsync(sent.Id, "start", new() { ["note"] = "Inscrite à la session de janvier." })).Status());
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var completed = await sent.Caseworker.MoveOkAsync(sent.Id, "complete", new() { ["outcome"] = "TrainingCertified", ["note"] = "Certificat obtenu." });
        Assert.Equal("Completed", completed.Status());

        // The sender reads the outcome, then closes.
        var seen = await sent.Counsellor.ReadReferralAsync(sent.Id);
        Assert.Equal("TrainingCertified", seen.GetProperty("outcome").GetString());
        Assert.Equal("Certificat obtenu.", seen.GetProperty("responseNote").GetString());
        Assert.Equal(sent.PersonId, seen.GetProperty("personId").GetGuid());
        Assert.Equal("Awa Sow", seen.GetProperty("personName").GetString());
        Assert.Equal(["close", "note"], seen.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!).ToArray());
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var closed = await sent.Counsellor.MoveOkAsync(sent.Id, "close", new() { ["note"] = "Merci." });
        Assert.Equal("Closed", closed.Status());
        Assert.Empty(closed.GetProperty("actions").EnumerateArray());

        var history = closed.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("status").GetString()).ToList();
        Assert.Equal(["Sent", "Received", "Accepted", "InProgress", "Completed", "Closed"], history);
        var accept = closed.GetProperty("events")[2];
        Assert.Equal("Hind Mansouri", accept.GetProperty("by").GetString());
        Assert.Equal(Amuddu.Web.Features.Demo.DemoOrganisations.EntraideNationale, accept.GetProperty("byOrganisation").GetString());

        var audit = await app.AuditAsync(ReferralAudit.StatusChanged);
        Assert.Equal(["Received", "Accepted", "InProgress", "Completed", "Closed"], audit.Where(a => a.Subject == ReferralAudit.Subject(sent.Id)).OrderBy(a => a.OccurredAt).Select(a => a.Detail!).ToArray());

        // Each change told the other end, naming the referral and never the person.
        var messages = await MessagesAsync(app);
        Assert.Equal(5, messages.Count);
        Assert.All(messages, m => Assert.Equal(ReferralMessages.StatusChanged, m.TemplateKey));
        Assert.All(messages, m => Assert.Contains(sent.Reference, m.Parameters));
        Assert.All(messages, m => Assert.DoesNotContain("Awa", m.Parameters));
        Assert.All(messages, m => Assert.Null(m.PersonId));
    }

    [Fact]
    public async Task The_partner_declines_with_a_reason_and_a_note_when_the_reason_is_other()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        var version = await sent.Caseworker.VersionAsync(sent.Id);

        var missing = await (await sent.Caseworker.MoveReferralAsync(sent.Id, "decline", new { version })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("reason", out _));
        var other = await (await sent.Caseworker.MoveReferralAsync(sent.Id, "decline", new { version, reason = "Other" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(other.GetProperty("errors").TryGetProperty("note", out _));
        var unknown = await sent.Caseworker.MoveReferralAsync(sent.Id, "decline", new { version, reason = "Bored" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var declined = await sent.Caseworker.MoveOkAsync(sent.Id, "decline", new() { ["reason"] = "NoCapacity", ["note"] = "Session complète." });
        Assert.Equal("Declined", declined.Status());
        Assert.Equal("NoCapacity", declined.GetProperty("declineReason").GetString());
        Assert.Equal(["note"], declined.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!).ToArray());

        // Declined is no longer open: the partner's access to the person ends.
        await (await sent.Caseworker.GetAsync($"{ReferralRoutes}/{sent.Id}/person")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Closed", (await sent.Counsellor.MoveOkAsync(sent.Id, "close")).Status());
    }

    [Fact]
    public async Task The_sender_withdraws_and_then_nothing_more_can_happen()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        await sent.Caseworker.MoveOkAsync(sent.Id, "accept");

        var withdrawn = await sent.Counsellor.MoveOkAsync(sent.Id, "withdraw", new() { ["note"] = "La personne a trouvé un emploi." });
        Assert.Equal("Withdrawn", withdrawn.Status());
        Assert.NotEqual(JsonValueKind.Null, withdrawn.GetProperty("closedAt").ValueKind);

        await (await sent.Caseworker.GetAsync($"{ReferralRoutes}/{sent.Id}/person")).ProblemAsync(HttpStatusCode.NotFound);
        var note = await (await sent.Caseworker.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/notes", new { text = "Bien noté." })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Withdrawn", note.GetProperty("title").GetString());
        var version = await sent.Caseworker.VersionAsync(sent.Id);
        foreach (var action in new[] { "start", "complete", "close" })
        {
            await (await sent.Caseworker.MoveReferralAsync(sent.Id, action, new { version, outcome = "Employed" })).ProblemAsync(HttpStatusCode.Conflict);
        }
    }

    /// <summary>Every move the table does not allow, from every status this side can reach, is refused with the transition problem.</summary>
    [Fact]
    public async Task Every_refused_transition_is_a_409()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        var body = new Dictionary<string, object?> { ["reason"] = "NoCapacity", ["outcome"] = "Employed" };

        async Task CheckRefusedAsync(HttpClient client, ReferralSide side, ReferralStatus status)
        {
            foreach (var (action, to) in GetReferral.Moves.Where(m => !Referral.CanMove(status, m.To, side)))
            {
                var version = await client.VersionAsync(sent.Id);
                var response = await client.MoveReferralAsync(sent.Id, action, new Dictionary<string, object?>(body) { ["version"] = version });
                var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
                Assert.Equal(ReferralMoves.TransitionRefused, problem.GetProperty("type").GetString());
            }
        }

        // Sent as the sender sees it (the partner's first look would mark it received).
        await CheckRefusedAsync(sent.Counsellor, ReferralSide.Sender, ReferralStatus.Sent);
        await CheckRefusedAsync(sent.Caseworker, ReferralSide.Recipient, ReferralStatus.Received);
        await CheckRefusedAsync(sent.Counsellor, ReferralSide.Sender, ReferralStatus.Received);
        await sent.Caseworker.MoveOkAsync(sent.Id, "accept");
        await CheckRefusedAsync(sent.Caseworker, ReferralSide.Recipient, ReferralStatus.Accepted);
        await CheckRefusedAsync(sent.Counsellor, ReferralSide.Sender, ReferralStatus.Accepted);
        await sent.Caseworker.MoveOkAsync(sent.Id, "start");
        await CheckRefusedAsync(sent.Caseworker, ReferralSide.Recipient, ReferralStatus.InProgress);
        await CheckRefusedAsync(sent.Counsellor, ReferralSide.Sender, ReferralStatus.InProgress);
        await sent.Caseworker.MoveOkAsync(sent.Id, "complete", new() { ["outcome"] = "Employed" });
        await CheckRefusedAsync(sent.Caseworker, ReferralSide.Recipient, ReferralStatus.Completed);
        await CheckRefusedAsync(sent.Counsellor, ReferralSide.Sender, ReferralStatus.Completed);
        await sent.Counsellor.MoveOkAsync(sent.Id, "close");
        await CheckRefusedAsync(sent.Caseworker, ReferralSide.Recipient, ReferralStatus.Closed);
        await CheckRefusedAsync(sent.Counsellor, ReferralSide.Sender, ReferralStatus.Closed);
        Assert.Equal("Closed", (await sent.Counsellor.ReadReferralAsync(sent.Id)).Status());
    }

    [Fact]
    public async Task A_stale_version_is_a_409_and_changes_nothing()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        var version = await sent.Caseworker.VersionAsync(sent.Id);
        await sent.Caseworker.MoveOkAsync(sent.Id, "accept");

        var stale = await (await sent.Caseworker.MoveReferralAsync(sent.Id, "start", new { version })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("https://amuddu.org/problems/conflict", stale.GetProperty("type").GetString());
        Assert.Equal("Accepted", (await sent.Caseworker.ReadReferralAsync(sent.Id)).Status());
    }

    [Fact]
    public async Task Bad_input_names_each_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        var version = await sent.Caseworker.VersionAsync(sent.Id);

        async Task FieldAsync(HttpResponseMessage response, string field)
        {
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }

        await FieldAsync(await sent.Caseworker.MoveReferralAsync(sent.Id, "accept", new { }), "version");
        await FieldAsync(await sent.Caseworker.MoveReferralAsync(sent.Id, "accept", new { version, note = new string('x', 2001) }), "note");
        await FieldAsync(await sent.Caseworker.MoveReferralAsync(sent.Id, "complete", new { version }), "outcome");
        await FieldAsync(await sent.Caseworker.MoveReferralAsync(sent.Id, "complete", new { version, outcome = "Other" }), "note");
        await FieldAsync(await sent.Caseworker.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/notes", new { text = " " }), "text");
        await FieldAsync(await sent.Caseworker.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/notes", new { text = new string('x', 2001) }), "text");
        await FieldAsync(await sent.Caseworker.GetAsync($"{ReferralRoutes}?box=trash"), "box");
        await FieldAsync(await sent.Caseworker.GetAsync($"{ReferralRoutes}?status=Lost"), "status");
        await FieldAsync(await sent.Caseworker.GetAsync($"{ReferralRoutes}?page=0"), "page");
        await sent.Caseworker.MoveOkAsync(sent.Id, "accept");
        await FieldAsync(await sent.Caseworker.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/counter-referral", new { reason = "x" }), "offerId");
        await FieldAsync(await sent.Caseworker.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/counter-referral", new { offerId = sent.OfferId, reason = "x" }), "offerId");
        await FieldAsync(await sent.Caseworker.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/counter-referral", new { offerId = sent.OfferId }), "reason");
        await FieldAsync(await sent.Caseworker.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/counter-referral",
            new { offerId = sent.OfferId, reason = "x", respondBy = app.Today.AddDays(-1).ToString("yyyy-MM-dd") }), "respondBy");

        // Nothing was changed by the refused requests: the history is sent, received, accepted.
        var events = (await sent.Caseworker.ReadReferralAsync(sent.Id)).GetProperty("events").GetArrayLength();
        Assert.Equal(3, events);
    }

    [Fact]
    public async Task Notes_from_either_side_go_into_the_history_and_the_audit_without_their_text()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        var added = await sent.Caseworker.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/notes", new { text = "Nous la recevons mardi à 10 h." });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await sent.Counsellor.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/notes", new { text = "Elle sera là." })).StatusCode);

        var notes = (await sent.Counsellor.ReadReferralAsync(sent.Id)).GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "Note").Select(e => e.GetProperty("note").GetString()).ToList();
        Assert.Equal(["Nous la recevons mardi à 10 h.", "Elle sera là."], notes);
        var audit = await app.AuditAsync(ReferralAudit.NoteAdded);
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Null(a.Detail));
    }

    [Fact]
    public async Task The_shared_view_holds_only_the_shared_parts()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync(SharedData.Identity);
        await sent.Counsellor.PostAsJsonAsync($"/api/v1/people/{sent.PersonId}/documents", new { typeCode = "PASSPORT", number = "SN-778899", expiresOn = app.Today.AddYears(3).ToString("yyyy-MM-dd") });

        var identityOnly = await (await sent.Caseworker.GetAsync($"{ReferralRoutes}/{sent.Id}/person")).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        Assert.Equal("Awa", identityOnly.GetProperty("identity").GetProperty("firstName").GetString());
        Assert.False(identityOnly.GetProperty("identity").TryGetProperty("fileNumber", out _));
        foreach (var part in new[] { "documents", "positioning", "actionPlan", "notes" })
        {
            Assert.Equal(JsonValueKind.Null, identityOnly.GetProperty(part).ValueKind);
        }

        Assert.DoesNotContain("SN-778899", identityOnly.ToString());
        // The sender has the file itself: the shared view is not for it.
        await (await sent.Counsellor.GetAsync($"{ReferralRoutes}/{sent.Id}/person")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Shared_notes_never_include_restricted_ones_and_documents_come_with_their_numbers()
    {
        await using var app = await AmudduApp.StartAsync();
        var all = SharedData.Identity | SharedData.DocumentsAndLegalStatus | SharedData.PositioningAndSkills | SharedData.ActionPlan | SharedData.Notes;
        var sent = await app.SendReferralAsync(SharedData.DocumentsAndLegalStatus | SharedData.Notes, consentAllows: all);
        var document = await sent.Counsellor.PostAsJsonAsync($"/api/v1/people/{sent.PersonId}/documents",
            new { typeCode = "REFUGEE_CARD", number = "RC-445566", expiresOn = app.Today.AddYears(1).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, document.StatusCode);
        foreach (var (text, sensitive) in new[] { ("Appel : disponible le matin.", false), ("Situation familiale difficile.", true) })
        {
            var note = await sent.Counsellor.PostAsJsonAsync($"/api/v1/people/{sent.PersonId}/notes",
                new { kind = "Phone", contactedAt = app.Clock.GetUtcNow().AddHours(-1), text, sensitive });
            Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        }

        var shared = await (await sent.Caseworker.GetAsync($"{ReferralRoutes}/{sent.Id}/person")).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        Assert.Equal(JsonValueKind.Null, shared.GetProperty("identity").ValueKind);
        Assert.Equal(JsonValueKind.Null, shared.GetProperty("positioning").ValueKind);
        Assert.Equal("RC-445566", shared.GetProperty("documents").GetProperty("documents")[0].GetProperty("number").GetString());
        Assert.Equal("REFUGEE", shared.GetProperty("documents").GetProperty("legalStatus").GetProperty("statusCode").GetString());
        var notes = shared.GetProperty("notes").EnumerateArray().ToList();
        Assert.Equal(["Appel : disponible le matin."], notes.Select(n => n.GetProperty("text").GetString()));
        Assert.DoesNotContain("difficile", shared.ToString());
    }

    [Fact]
    public async Task Withdrawing_the_consent_ends_the_partners_access_on_its_next_request_but_keeps_the_referral_listed()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        await sent.Caseworker.MoveOkAsync(sent.Id, "accept");
        Assert.Equal(HttpStatusCode.OK, (await sent.Caseworker.GetAsync($"{ReferralRoutes}/{sent.Id}/person")).StatusCode);

        var withdrawn = await sent.Counsellor.PostAsJsonAsync($"/api/v1/people/{sent.PersonId}/consents/{sent.ConsentId}/withdraw", new { note = "Retire son accord." });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        await (await sent.Caseworker.GetAsync($"{ReferralRoutes}/{sent.Id}/person")).ProblemAsync(HttpStatusCode.NotFound);
        var box = await sent.Caseworker.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}?box=received", Http.Json);
        Assert.Contains(box.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == sent.Id);
        Assert.Equal("Accepted", (await sent.Caseworker.ReadReferralAsync(sent.Id)).Status());

        var checks = (await app.AuditAsync(ReferralAudit.ConsentChecked)).Where(a => a.Subject == ReferralAudit.Subject(sent.Id)).OrderBy(a => a.OccurredAt).ToList();
        Assert.Equal(["granted: Identity", "refused: Identity"], checks.Select(c => c.Detail).Order());
        var views = await app.AuditAsync(ReferralAudit.SharedDataViewed);
        var view = Assert.Single(views);
        Assert.Equal($"person {sent.PersonId}", view.Subject);
        Assert.Equal($"referral {sent.Id}: Identity", view.Detail);
    }

    [Fact]
    public async Task A_closed_referral_ends_the_partners_access()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        await sent.Caseworker.MoveOkAsync(sent.Id, "accept");
        Assert.Equal(HttpStatusCode.OK, (await sent.Caseworker.GetAsync($"{ReferralRoutes}/{sent.Id}/person")).StatusCode);
        await sent.Caseworker.MoveOkAsync(sent.Id, "close", new() { ["note"] = "La personne a déménagé." });

        await (await sent.Caseworker.GetAsync($"{ReferralRoutes}/{sent.Id}/person")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_boxes_show_each_side_its_referrals_and_name_the_person_only_to_the_sender()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();

        var received = await sent.Caseworker.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}?box=received", Http.Json);
        var line = Assert.Single(received.GetProperty("items").EnumerateArray());
        Assert.Equal(sent.Reference, line.GetProperty("reference").GetString());
        Assert.Equal(Amuddu.Web.Features.Demo.DemoOrganisations.Anapec, line.GetProperty("partner").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("personName").ValueKind);
        Assert.DoesNotContain("Awa", received.ToString());
        Assert.Empty((await sent.Caseworker.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}?box=sent", Http.Json)).GetProperty("items").EnumerateArray());

        var outbox = await sent.Counsellor.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}?box=sent", Http.Json);
        Assert.Equal("Awa Sow", Assert.Single(outbox.GetProperty("items").EnumerateArray()).GetProperty("personName").GetString());
        Assert.Empty((await sent.Counsellor.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}?box=received", Http.Json)).GetProperty("items").EnumerateArray());

        // Filters: by status, and overdue once the answer is late.
        Assert.Single((await sent.Counsellor.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}?box=sent&status=Sent", Http.Json)).GetProperty("items").EnumerateArray());
        Assert.Empty((await sent.Counsellor.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}?box=sent&status=Accepted", Http.Json)).GetProperty("items").EnumerateArray());
        Assert.Empty((await sent.Counsellor.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}?box=sent&overdue=true", Http.Json)).GetProperty("items").EnumerateArray());
        app.Clock.Advance(TimeSpan.FromDays(8));
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        var late = Assert.Single((await counsellor.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}?box=sent&overdue=true", Http.Json)).GetProperty("items").EnumerateArray());
        Assert.True(late.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Another_organisation_gets_404_everywhere_and_sees_nothing_in_its_boxes()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);
        var version = await sent.Counsellor.VersionAsync(sent.Id);

        await (await ngo.GetAsync($"{ReferralRoutes}/{sent.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.GetAsync($"{ReferralRoutes}/{sent.Id}/person")).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var action in GetReferral.Moves.Select(m => m.Action))
        {
            await (await ngo.MoveReferralAsync(sent.Id, action, new { version, reason = "NoCapacity", outcome = "Employed" })).ProblemAsync(HttpStatusCode.NotFound);
        }

        await (await ngo.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/notes", new { text = "?" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/counter-referral", new { offerId = sent.OfferId, reason = "?" })).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var box in new[] { "received", "sent" })
        {
            Assert.Empty((await ngo.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}?box={box}", Http.Json)).GetProperty("items").EnumerateArray());
        }

        Assert.Empty((await ngo.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}/escalated", Http.Json)).EnumerateArray());
        // A missing referral answers the same.
        await (await ngo.GetAsync($"{ReferralRoutes}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Sent", (await sent.Counsellor.ReadReferralAsync(sent.Id)).Status());
    }

    [Fact]
    public async Task The_partner_refers_the_person_back_to_a_service_of_the_sender_which_receives_it_with_a_link_to_its_own_file()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync();
        var anapecOffer = await app.QueryAsync(db => db.Offers.Where(o => o.OrganisationId == sent.AnapecId && o.Status == OfferStatus.Published)
            .OrderBy(o => o.CreatedAt).Select(o => o.Id).FirstAsync());
        var request = new { offerId = anapecOffer, reason = "A besoin d'un atelier de recherche d'emploi après la formation." };

        // Not before the partner has accepted the person.
        await (await sent.Caseworker.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/counter-referral", request)).ProblemAsync(HttpStatusCode.Conflict);
        await sent.Caseworker.MoveOkAsync(sent.Id, "accept");
        await (await sent.Counsellor.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/counter-referral", request)).ProblemAsync(HttpStatusCode.Conflict);

        var created = await sent.Caseworker.PostAsJsonAsync($"{ReferralRoutes}/{sent.Id}/counter-referral", request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var back = await created.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        var backId = back.GetProperty("id").GetGuid();
        Assert.Equal("Sent", back.Status());
        Assert.Equal("None", back.GetProperty("sharedData").GetString());
        Assert.Equal(sent.Id, back.GetProperty("parentReferralId").GetGuid());
        Assert.Equal(JsonValueKind.Null, back.GetProperty("personId").ValueKind);
        Assert.StartsWith("REF-", back.GetProperty("reference").GetString());

        var received = await sent.Counsellor.GetFromJsonAsync<JsonElement>($"{ReferralRoutes}?box=received", Http.Json);
        Assert.Equal(backId, Assert.Single(received.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var opened = await sent.Counsellor.ReadReferralAsync(backId);
        Assert.Equal("Received", opened.Status());
        Assert.Equal("Recipient", opened.GetProperty("side").GetString());
        Assert.Equal(sent.PersonId, opened.GetProperty("personId").GetGuid());
        Assert.Contains("accept", opened.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(sent.PersonId, await app.QueryAsync(db => db.Referrals.Where(r => r.Id == backId).Select(r => r.PersonId).SingleAsync()));
    }
}
