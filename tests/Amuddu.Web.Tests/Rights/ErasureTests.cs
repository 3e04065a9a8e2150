using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Rights;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Rights;

public sealed class ErasureTests
{
    [Fact]
    public async Task Erasing_removes_the_personal_data_of_every_area_keeps_the_counts_and_is_audited()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        var sharing = await RightsData.WitnessedConsentAsync(client, personId, app.Today, "Statistics", "Fatima Zahra Bennis");
        (await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents/{sharing}/withdraw", new { note = "Awa ne veut plus" })).EnsureSuccessStatusCode();
        await RightsData.AddDocumentAsync(client, personId, "RC-2024-77813", withScan: true);
        var fileNumber = await RightsData.FileNumberAsync(client, personId);
        Assert.Equal([personId], await RightsData.SearchAsync(client, "Awa Sow"));

        var response = await RightsData.EraseAsync(client, personId, fileNumber);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var person = await app.QueryAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == personId));
        Assert.Null(person.FirstName);
        Assert.Null(person.LastName);
        Assert.Null(person.Phone);
        Assert.Null(person.WhatsApp);
        Assert.Null(person.Email);
        Assert.Null(person.Neighbourhood);
        Assert.Null(person.DateOfBirth);
        Assert.Equal(1994, person.BirthYear);
        Assert.Equal((Sex.Female, "SN", "MA-06", "Casablanca", PathwayStage.Received), (person.Sex, person.NationalityCode, person.RegionCode, person.City, person.Stage));
        Assert.Equal(app.Clock.GetUtcNow(), person.ErasedAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.NotNull(person.ErasedBy);
        Assert.Equal(0, await app.QueryAsync(db => db.PersonSearchKeys.CountAsync(k => k.PersonId == personId)));

        var consents = await app.QueryAsync(db => db.Consents.AsNoTracking().Where(c => c.PersonId == personId).ToListAsync());
        Assert.Equal(2, consents.Count);
        Assert.All(consents, c => Assert.Null(c.WitnessName));
        Assert.All(consents, c => Assert.Null(c.WithdrawalNote));
        Assert.Contains(consents, c => c.Purpose == Features.Consents.ConsentPurpose.Statistics && c.WithdrawnAt is not null);

        var document = await app.QueryAsync(db => db.IdentityDocuments.AsNoTracking().SingleAsync(d => d.PersonId == personId));
        Assert.Equal(("", "", (string?)null, (string?)null), (document.NumberCipher, document.NumberFingerprint, document.IssuingAuthority, document.ScanContentType));
        Assert.Equal(("RESIDENCE_CARD", new DateOnly(2027, 3, 1)), (document.TypeCode, document.ExpiresOn));
        Assert.Equal(0, await app.QueryAsync(db => db.DocumentScans.CountAsync()));

        Assert.Empty(await RightsData.SearchAsync(client, "Awa Sow"));
        Assert.Empty(await RightsData.SearchAsync(client, "06 12 34 56 78"));
        Assert.Empty(await RightsData.SearchAsync(client, "RC-2024-77813"));

        var audit = Assert.Single(await app.AuditAsync(RightsAudit.Erased));
        Assert.Equal(PeopleAudit.Subject(personId), audit.Subject);
        Assert.Equal("reason: PersonRequest", audit.Detail);
        var record = await app.QueryAsync(db => db.ErasureRecords.SingleAsync());
        Assert.Equal((personId, ErasureReason.PersonRequest), (record.ErasedPersonId, record.Reason));

        var export = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/export");
        Assert.Equal(JsonValueKind.Null, export.GetProperty("sections").GetProperty("identity").GetProperty("firstName").ValueKind);
        Assert.Equal("", export.GetProperty("sections").GetProperty("documents")[0].GetProperty("number").GetString());
    }

    [Fact]
    public async Task An_anonymised_file_takes_no_more_writes()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor, "en");
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        var documentId = await RightsData.AddDocumentAsync(client, personId, "RC-1");
        var consentId = (await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/people/{personId}/consents"))![0].GetProperty("id").GetGuid();
        var before = await RightsData.PersonAsync(client, personId);
        (await RightsData.EraseAsync(client, personId, before.GetProperty("fileNumber").GetString())).EnsureSuccessStatusCode();
        var after = await RightsData.PersonAsync(client, personId);

        var details = JsonSerializer.Deserialize<JsonElement>(JsonSerializer.Serialize(new
        {
            firstName = "Awa", lastName = "Sow", sex = "Female", dateOfBirth = "1994-07-21", nationalityCode = "SN",
            regionCode = "MA-06", city = "Casablanca", heardFrom = "Ngo", siteId = after.GetProperty("siteId").GetGuid(),
        }));
        var update = await client.PutAsJsonAsync($"/api/v1/people/{personId}", new { person = details, version = after.GetProperty("version").GetInt64() });
        var consent = await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents",
            new { purpose = "Statistics", method = "SignedForm", givenOn = app.Today.ToString("yyyy-MM-dd") });
        var withdraw = await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents/{consentId}/withdraw", new { note = (string?)null });
        var document = await client.PostAsJsonAsync($"/api/v1/people/{personId}/documents", new { typeCode = "PASSPORT", number = "P-12345" });
        var scan = await client.PutAsync($"/api/v1/people/{personId}/documents/{documentId}/scan",
            new ByteArrayContent(RightsData.Png) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } });
        var again = await RightsData.EraseAsync(client, personId, before.GetProperty("fileNumber").GetString());

        foreach (var refused in new[] { update, consent, withdraw, document, scan, again })
        {
            var problem = await refused.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("https://amuddu.org/problems/person-erased", problem.GetProperty("type").GetString());
            Assert.Equal("This file has been anonymised: it can no longer be changed.", problem.GetProperty("title").GetString());
        }

        // The pathway areas ask whether a consent to processing is in force: an anonymised file has none.
        Assert.False(await app.QueryAsync(db => Features.Consents.ProcessingConsent.IsInForceAsync(db, personId, app.Today, CancellationToken.None)));
        Assert.Null(after.GetProperty("firstName").GetString());
        Assert.Single(await app.AuditAsync(RightsAudit.Erased));
    }

    [Fact]
    public async Task A_wrong_confirmation_or_reason_is_refused_naming_the_field_and_erases_nothing()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor, "en");
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");

        var wrong = await (await RightsData.EraseAsync(client, personId, "2020-000000", reason: null)).ProblemAsync(HttpStatusCode.BadRequest);
        var missing = await (await RightsData.EraseAsync(client, personId, null)).ProblemAsync(HttpStatusCode.BadRequest);
        var unknown = await (await RightsData.EraseAsync(client, personId, "x", reason: "Bored")).ProblemAsync(HttpStatusCode.BadRequest);
        var tooLong = await (await client.PostAsJsonAsync($"/api/v1/people/{personId}/erase",
            new { reason = "Other", note = new string('x', 501), fileNumberConfirmation = await RightsData.FileNumberAsync(client, personId) })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("The number typed is not this file's number.", wrong.GetProperty("errors").GetProperty("fileNumberConfirmation")[0].GetString());
        Assert.True(wrong.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.True(missing.GetProperty("errors").TryGetProperty("fileNumberConfirmation", out _));
        Assert.True(unknown.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("note", out _));
        Assert.Equal("Awa", (await RightsData.PersonAsync(client, personId)).GetProperty("firstName").GetString());
        Assert.Empty(await app.AuditAsync(RightsAudit.Erased));
    }

    [Fact]
    public async Task Only_employment_counsellors_may_erase()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        var fileNumber = await RightsData.FileNumberAsync(client, personId);
        var selfEmployment = await app.ApiClientAsync(RightsData.SelfEmploymentCounsellor);

        Assert.Equal(HttpStatusCode.OK, (await selfEmployment.GetAsync($"/api/v1/people/{personId}/export")).StatusCode);
        await (await RightsData.EraseAsync(selfEmployment, personId, fileNumber)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await selfEmployment.PostAsJsonAsync($"/api/v1/people/{personId}/merge", new { duplicateId = personId, survivorVersion = 1, duplicateVersion = 1 }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await selfEmployment.PostAsync($"/api/v1/people/merges/{Guid.NewGuid()}/undo", null)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Awa", (await RightsData.PersonAsync(client, personId)).GetProperty("firstName").GetString());

        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, RightsData.SelfEmploymentCounsellor);
        var file = await (await browser.GetAsync($"/people/{personId}/rights")).ReadHtmlAsync();
        Assert.DoesNotContain($"/people/{personId}/erase", file, StringComparison.Ordinal);
        Assert.Contains($"/people/{personId}/export", file, StringComparison.Ordinal);
        var page = await browser.GetAsync($"/people/{personId}/erase");
        Assert.StartsWith("/account/access-denied", page.Target(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_erase_page_asks_for_the_file_number_keeps_what_was_typed_and_then_anonymises_the_file()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        var fileNumber = await RightsData.FileNumberAsync(client, personId);
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var url = $"/people/{personId}/erase";

        var wrong = await (await browser.SubmitFormAsync(url, "erase",
            ("Form.Reason", "PersonRequest"), ("Form.Note", "Lettre du 3 mars"), ("Form.FileNumberConfirmation", "2020-123456"))).ReadHtmlAsync();
        Assert.Contains("Le numéro saisi n'est pas celui de ce dossier.", wrong, StringComparison.Ordinal);
        Assert.Contains("value=\"Lettre du 3 mars\"", wrong, StringComparison.Ordinal);
        Assert.Contains("value=\"2020-123456\"", wrong, StringComparison.Ordinal);
        Assert.Equal("Awa", (await RightsData.PersonAsync(client, personId)).GetProperty("firstName").GetString());

        var done = await (await browser.SubmitFormAsync(url, "erase",
            ("Form.Reason", "PersonRequest"), ("Form.Note", ""), ("Form.FileNumberConfirmation", fileNumber))).ReadHtmlAsync();
        Assert.Contains("Les données ont été effacées.", done, StringComparison.Ordinal);
        Assert.Null((await RightsData.PersonAsync(client, personId)).GetProperty("firstName").GetString());

        var file = await (await browser.GetAsync($"/people/{personId}")).ReadHtmlAsync();
        Assert.Contains("<h1>Dossier anonymisé</h1>", file, StringComparison.Ordinal);
        Assert.DoesNotContain("Awa", file, StringComparison.Ordinal);
        Assert.DoesNotContain("record-consent", await (await browser.GetAsync($"/people/{personId}/consents")).ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Contains("Données effacées (dossier anonymisé)", await (await browser.GetAsync($"/people/{personId}/timeline")).ReadHtmlAsync(), StringComparison.Ordinal);
        var list = await (await browser.GetAsync("/people")).ReadHtmlAsync();
        Assert.Matches($"<a href=\"/people/{personId}\" dir=\"ltr\">{fileNumber}</a></td>\\s*<td data-label=\"[^\"]+\">Dossier anonymisé</td>", list);
    }
}
