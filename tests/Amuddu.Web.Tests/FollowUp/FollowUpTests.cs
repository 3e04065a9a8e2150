using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.FollowUp;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.FollowUp;

public sealed class FollowUpTests
{
    private const string Secret = "Suivi psychologique en cours après des violences subies";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Notes(Guid personId) => $"/api/v1/people/{personId}/notes";

    private static string Vulnerabilities(Guid personId) => $"/api/v1/people/{personId}/vulnerabilities";

    private static async Task<JsonElement> AddNoteAsync(AmudduApp app, HttpClient client, Guid personId, string text, bool sensitive = false, string kind = "Phone")
    {
        var response = await client.PostAsJsonAsync(Notes(personId),
            new { kind, contactedAt = app.Clock.GetUtcNow().AddHours(-2), text, sensitive });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<List<string>> RawAsync(AmudduApp app, string sql) =>
        app.QueryAsync(db => db.Database.SqlQueryRaw<string>(sql).ToListAsync());

    [Fact]
    public async Task A_note_is_kept_encrypted_listed_latest_first_and_audited_without_its_text()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");

        await AddNoteAsync(app, client, personId, "Appel : candidature envoyée chez Atlas Textile");
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await AddNoteAsync(app, client, personId, "Visite à l'agence : atelier CV lundi", kind: "AgencyVisit");

        var notes = await client.GetFromJsonAsync<JsonElement>(Notes(personId));
        Assert.Equal(["Visite à l'agence : atelier CV lundi", "Appel : candidature envoyée chez Atlas Textile"],
            notes.EnumerateArray().Select(n => n.GetProperty("text").GetString()));
        Assert.Equal("Youssef El Amrani", notes[0].GetProperty("authorName").GetString());
        var raw = await RawAsync(app, "SELECT \"TextCipher\" AS \"Value\" FROM contact_notes");
        Assert.Equal(2, raw.Count);
        Assert.All(raw, cipher => Assert.DoesNotContain("Atlas", cipher, StringComparison.Ordinal));
        Assert.All(raw, cipher => Assert.DoesNotContain("atelier", cipher, StringComparison.Ordinal));
        var audit = await app.AuditAsync(FollowUpAudit.NoteRecorded);
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.DoesNotContain("Atlas", a.Detail ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_note_input_names_each_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");

        var problem = await (await client.PostAsJsonAsync(Notes(personId),
            new { contactedAt = app.Clock.GetUtcNow().AddDays(1), text = " " })).ProblemAsync(HttpStatusCode.BadRequest);
        var tooLong = await (await client.PostAsJsonAsync(Notes(personId),
            new { kind = "Phone", contactedAt = app.Clock.GetUtcNow(), text = new string('a', 4001) })).ProblemAsync(HttpStatusCode.BadRequest);
        var unknownKind = await (await client.PostAsJsonAsync(Notes(personId),
            new { kind = "Fax", contactedAt = app.Clock.GetUtcNow(), text = "x" })).ProblemAsync(HttpStatusCode.BadRequest);
        var impossible = await (await client.PostAsJsonAsync(Notes(personId),
            new { kind = "Phone", contactedAt = "2025-02-30T10:00:00Z", text = "x" })).ProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal("Kind of contact is required.", errors.GetProperty("kind")[0].GetString());
        Assert.Equal("The date of contact cannot be in the future.", errors.GetProperty("contactedAt")[0].GetString());
        Assert.Equal("Note is required.", errors.GetProperty("text")[0].GetString());
        Assert.Equal("Note is longer than 4000 characters.", tooLong.GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.True(unknownKind.GetProperty("errors").TryGetProperty("kind", out _));
        Assert.True(impossible.GetProperty("errors").TryGetProperty("contactedAt", out _));
        Assert.Equal(0, await app.QueryAsync(db => db.ContactNotes.CountAsync()));
    }

    [Fact]
    public async Task Without_a_consent_to_processing_no_note_or_vulnerability_is_written()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en", minimal: true);

        var note = await (await client.PostAsJsonAsync(Notes(personId),
            new { kind = "Phone", contactedAt = app.Clock.GetUtcNow(), text = "x" })).ProblemAsync(HttpStatusCode.Conflict);
        var vulnerabilities = await (await client.PutAsJsonAsync(Vulnerabilities(personId),
            new { categories = new[] { "Disability" }, version = 0 })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("https://amuddu.org/problems/consent-required", note.GetProperty("type").GetString());
        Assert.Equal("https://amuddu.org/problems/consent-required", vulnerabilities.GetProperty("type").GetString());
        Assert.Equal(0, await app.QueryAsync(db => db.ContactNotes.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.Vulnerabilities.CountAsync()));

        await client.GiveProcessingConsentAsync(personId, app.Today);
        await AddNoteAsync(app, client, personId, "Premier contact");
    }

    [Fact]
    public async Task Only_the_author_corrects_a_note_and_of_two_concurrent_corrections_one_wins()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var note = await AddNoteAsync(app, client, personId, "Appel manqué");
        var id = note.GetProperty("id").GetGuid();
        object Correction(string text, long version) => new { kind = "Phone", contactedAt = app.Clock.GetUtcNow().AddHours(-1), text, sensitive = false, version };

        var colleague = await app.ApiClientAsync(Demo.SelfEmployment, "en");
        var notYours = await (await colleague.PutAsJsonAsync($"{Notes(personId)}/{id}", Correction("Réécrit", 1))).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Only a note's author may correct it; add a note of your own instead.", notYours.GetProperty("title").GetString());

        var both = await Task.WhenAll(
            client.PutAsJsonAsync($"{Notes(personId)}/{id}", Correction("Appel manqué, rappel à 15 h", 1)),
            client.PutAsJsonAsync($"{Notes(personId)}/{id}", Correction("Appel manqué, SMS envoyé", 1)));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        var stale = await (await client.PutAsJsonAsync($"{Notes(personId)}/{id}", Correction("Encore", 1))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("https://amuddu.org/problems/conflict", stale.GetProperty("type").GetString());

        var stored = (await client.GetFromJsonAsync<JsonElement>(Notes(personId)))[0];
        Assert.Equal(2, stored.GetProperty("version").GetInt64());
        Assert.StartsWith("Appel manqué, ", stored.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(FollowUpAudit.NoteCorrected));
    }

    [Fact]
    public async Task A_restricted_note_shows_only_that_it_exists_to_a_self_employment_counsellor_and_every_reading_of_its_text_is_audited()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        await AddNoteAsync(app, client, personId, Secret, sensitive: true, kind: "AgencyVisit");
        await AddNoteAsync(app, client, personId, "Appel ordinaire");
        var selfEmployment = await app.ApiClientAsync(Demo.SelfEmployment, "en");

        var hidden = await selfEmployment.GetFromJsonAsync<JsonElement>(Notes(personId));
        var restricted = hidden.EnumerateArray().Single(n => n.GetProperty("sensitive").GetBoolean());
        Assert.True(restricted.GetProperty("restricted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, restricted.GetProperty("text").ValueKind);
        Assert.Equal("AgencyVisit", restricted.GetProperty("kind").GetString());
        Assert.Equal("Youssef El Amrani", restricted.GetProperty("authorName").GetString());
        Assert.Contains(hidden.EnumerateArray(), n => n.GetProperty("text").GetString() == "Appel ordinaire");
        Assert.Empty(await app.AuditAsync(FollowUpAudit.RestrictedNotesViewed));

        var visible = await client.GetFromJsonAsync<JsonElement>(Notes(personId));
        Assert.Contains(visible.EnumerateArray(), n => n.GetProperty("text").GetString() == Secret && !n.GetProperty("restricted").GetBoolean());
        var read = Assert.Single(await app.AuditAsync(FollowUpAudit.RestrictedNotesViewed));
        Assert.DoesNotContain("violences", read.Detail ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(await RawAsync(app, "SELECT \"TextCipher\" AS \"Value\" FROM contact_notes"), c => c.Contains("violences", StringComparison.Ordinal));

        var refused = await (await selfEmployment.PostAsJsonAsync(Notes(personId),
            new { kind = "Phone", contactedAt = app.Clock.GetUtcNow(), text = "x", sensitive = true })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Only employment counsellors read and write restricted notes.", refused.GetProperty("title").GetString());

        var seBrowser = app.CreateBrowser();
        await app.WebSignInAsync(seBrowser, Demo.SelfEmployment);
        var sePage = await (await seBrowser.GetAsync($"/people/{personId}/follow-up")).ReadHtmlAsync();
        Assert.Contains("Note restreinte (contenu réservé aux conseillers emploi)", sePage, StringComparison.Ordinal);
        Assert.Contains("Appel ordinaire", sePage, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, sePage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"vulnerabilities\"", sePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Note.Sensitive", sePage, StringComparison.Ordinal);

        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        Assert.Contains(Secret, await (await browser.GetAsync($"/people/{personId}/follow-up")).ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await app.AuditAsync(FollowUpAudit.RestrictedNotesViewed)).Count);
    }

    [Fact]
    public async Task Vulnerabilities_are_encrypted_for_employment_counsellors_only_audited_and_protected_from_stale_writes()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");

        var empty = await client.GetFromJsonAsync<JsonElement>(Vulnerabilities(personId));
        Assert.Equal(0, empty.GetProperty("version").GetInt64());
        var saved = await client.PutAsJsonAsync(Vulnerabilities(personId),
            new { categories = new[] { "SingleParent", "ChronicIllness" }, note = "Diabète, traitement quotidien", version = 0 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var read = await client.GetFromJsonAsync<JsonElement>(Vulnerabilities(personId));
        Assert.Equal(["SingleParent", "ChronicIllness"], read.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Diabète, traitement quotidien", read.GetProperty("note").GetString());
        Assert.Equal(2, (await app.AuditAsync(FollowUpAudit.VulnerabilitiesViewed)).Count);
        Assert.Single(await app.AuditAsync(FollowUpAudit.VulnerabilitiesUpdated));

        var raw = Assert.Single(await RawAsync(app, "SELECT \"Cipher\" AS \"Value\" FROM vulnerabilities"));
        Assert.DoesNotContain("Diab", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("SingleParent", raw, StringComparison.Ordinal);

        var selfEmployment = await app.ApiClientAsync(Demo.SelfEmployment, "en");
        await (await selfEmployment.GetAsync(Vulnerabilities(personId))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await selfEmployment.PutAsJsonAsync(Vulnerabilities(personId), new { categories = Array.Empty<string>(), version = 1 })).ProblemAsync(HttpStatusCode.Forbidden);

        await (await client.PutAsJsonAsync(Vulnerabilities(personId), new { categories = new[] { "Pregnancy" }, version = 0 })).ProblemAsync(HttpStatusCode.Conflict);
        var both = await Task.WhenAll(
            client.PutAsJsonAsync(Vulnerabilities(personId), new { categories = new[] { "Pregnancy" }, version = 1 }),
            client.PutAsJsonAsync(Vulnerabilities(personId), new { categories = new[] { "Elderly" }, version = 1 }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());

        var unknown = await (await client.PutAsJsonAsync(Vulnerabilities(personId), new { categories = new[] { "Tall" }, version = 2 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("categories", out _));
        var tooLong = await (await client.PutAsJsonAsync(Vulnerabilities(personId), new { note = new string('x', 4001), version = 2 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("note", out _));
    }

    [Fact]
    public async Task Another_organisation_gets_not_found_on_every_follow_up_route()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var noteId = (await AddNoteAsync(app, client, personId, "Note")).GetProperty("id").GetGuid();
        await client.PutAsJsonAsync(Vulnerabilities(personId), new { categories = new[] { "Disability" }, version = 0 });
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);
        var note = new { kind = "Phone", contactedAt = app.Clock.GetUtcNow(), text = "x", sensitive = false, version = 1 };

        await (await ngo.GetAsync(Notes(personId))).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync(Notes(personId), note)).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PutAsJsonAsync($"{Notes(personId)}/{noteId}", note)).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.GetAsync(Vulnerabilities(personId))).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PutAsJsonAsync(Vulnerabilities(personId), new { categories = Array.Empty<string>(), version = 1 })).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutAsJsonAsync($"{Notes(personId)}/{Guid.NewGuid()}", note)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await app.AuditAsync(FollowUpAudit.VulnerabilitiesViewed));
    }

    [Fact]
    public async Task The_file_page_adds_a_note_keeps_a_wrong_one_and_its_author_corrects_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/follow-up";
        // Staff type times on the Moroccan clock, whatever the server's time zone.
        var local = SiteTime.ToLocal(app.Clock.GetUtcNow());
        string At(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        var wrong = await (await browser.SubmitFormAsync(page, "record-note",
            ("Note.Kind", "WhatsApp"), ("Note.ContactedAt", At(local.AddDays(2))), ("Note.Text", "Message envoyé au sujet de l'offre"))).ReadHtmlAsync();
        Assert.Contains("La date du contact ne peut pas être dans le futur.", wrong, StringComparison.Ordinal);
        Assert.Contains(">Message envoyé au sujet de l'offre</textarea>", wrong, StringComparison.Ordinal);
        Assert.Contains("value=\"WhatsApp\" selected", wrong, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.ContactNotes.CountAsync()));

        var saved = await (await browser.SubmitFormAsync(page, "record-note",
            ("Note.Kind", "WhatsApp"), ("Note.ContactedAt", At(local.AddHours(-1))), ("Note.Text", "Message envoyé au sujet de l'offre"),
            ("Note.Sensitive", "true"))).ReadHtmlAsync();
        Assert.Contains("Enregistré.", saved, StringComparison.Ordinal);
        var note = await app.QueryAsync(db => db.ContactNotes.AsNoTracking().SingleAsync());
        Assert.True(note.Sensitive);
        Assert.Equal(ContactKind.WhatsApp, note.Kind);
        var typed = local.AddHours(-1);
        Assert.Equal(SiteTime.FromLocal(DateOnly.FromDateTime(typed), new TimeOnly(typed.Hour, typed.Minute)), note.ContactedAt);

        var edit = $"/people/{personId}/notes/{note.Id}/edit";
        var corrected = await browser.SubmitFormAsync(edit, "correct-note",
            ("Note.Kind", "Phone"), ("Note.ContactedAt", At(local.AddHours(-1))), ("Note.Text", "Appel au sujet de l'offre"));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var after = await app.QueryAsync(db => db.ContactNotes.AsNoTracking().SingleAsync());
        Assert.Equal(ContactKind.Phone, after.Kind);
        Assert.False(after.Sensitive);
        Assert.Contains("Appel au sujet de l'offre", await (await browser.GetAsync(page)).ReadHtmlAsync(), StringComparison.Ordinal);

        var other = app.CreateBrowser();
        await app.WebSignInAsync(other, Demo.SelfEmployment);
        Assert.Contains("Page introuvable", await (await other.GetAsync(edit)).ReadHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_page_records_vulnerabilities_for_the_counsellor()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var saved = await (await browser.SubmitFormAsync($"/people/{personId}/follow-up", "vulnerabilities",
            ("category", "WithoutHousing"), ("category", "Pregnancy"), ("Vulnerabilities.Note", "Hébergée chez une amie"))).ReadHtmlAsync();

        Assert.Contains("Enregistré.", saved, StringComparison.Ordinal);
        Assert.Contains("value=\"WithoutHousing\" checked", saved, StringComparison.Ordinal);
        var stale = await (await browser.SubmitFormAsync($"/people/{personId}/follow-up", "vulnerabilities",
            ("Vulnerabilities.Version", "0"), ("Vulnerabilities.Note", "Autre"))).ReadHtmlAsync();
        Assert.Contains("Quelqu'un d'autre a modifié cette fiche entre-temps.", stale, StringComparison.Ordinal);
        var content = await app.QueryAsync(async db =>
            (await db.Vulnerabilities.AsNoTracking().SingleAsync()).Read(app.Services.GetRequiredService<Amuddu.Web.Infrastructure.FieldProtector>()));
        Assert.Equal([VulnerabilityCategory.Pregnancy, VulnerabilityCategory.WithoutHousing], content.Categories);
        Assert.Equal("Hébergée chez une amie", content.Note);
    }

    [Fact]
    public async Task The_personal_data_section_exports_decrypted_erases_texts_and_keeps_restricted_notes_out_of_the_timeline()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        await AddNoteAsync(app, client, personId, Secret, sensitive: true);
        await AddNoteAsync(app, client, personId, "Appel ordinaire");
        await client.PutAsJsonAsync(Vulnerabilities(personId), new { categories = new[] { "Disability" }, note = "Fauteuil", version = 0 });

        await using var scope = app.Services.CreateAsyncScope();
        var section = scope.ServiceProvider.GetServices<IPersonalDataSection>().Single(s => s.Name == "followUp");
        var export = JsonSerializer.Serialize(await section.ExportAsync(personId, CancellationToken.None), Readable);
        var timeline = await section.TimelineAsync(personId, CancellationToken.None);
        await section.EraseAsync(personId, CancellationToken.None);

        Assert.Contains(Secret, export, StringComparison.Ordinal);
        Assert.Contains("Fauteuil", export, StringComparison.Ordinal);
        Assert.Contains(timeline, e => e.Detail == "Appel ordinaire");
        Assert.DoesNotContain(timeline, e => e.Detail == Secret);
        Assert.Equal(3, timeline.Count);
        var notes = await app.QueryAsync(db => db.ContactNotes.AsNoTracking().ToListAsync());
        Assert.Equal(2, notes.Count);
        Assert.All(notes, n => Assert.Null(n.TextCipher));
        Assert.Equal(0, await app.QueryAsync(db => db.Vulnerabilities.CountAsync()));
    }
}
