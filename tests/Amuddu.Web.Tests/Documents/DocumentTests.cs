using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Documents;

public sealed class DocumentTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    private static Task<(HttpClient Client, Guid PersonId)> PersonAsync(AmudduApp app, string language = "fr") =>
        app.RegisterSomeoneAsync("Joseph", "Mbeki", "CM", language);

    private static DateOnly Today(AmudduApp app) => SiteTime.Today(app.Clock);

    private static async Task<Guid> AddAsync(HttpClient client, Guid personId, string type, string number, DateOnly? issued, DateOnly? expires)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/people/{personId}/documents",
            new { typeCode = type, number, issuingAuthority = "DGSN", issuedOn = issued, expiresOn = expires });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_residence_card_gives_the_status_and_the_right_to_work_and_its_number_is_encrypted_yet_searchable()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await PersonAsync(app);
        var today = Today(app);

        await AddAsync(client, personId, "PASSPORT", "CM 0451 992", today.AddYears(-3), today.AddYears(2));
        await AddAsync(client, personId, "RESIDENCE_CARD", "RC-2024-77813", today.AddYears(-1), today.AddYears(1));

        var documents = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/documents");
        var status = documents.GetProperty("legalStatus");
        Assert.Equal("REGULARISED_MIGRANT", status.GetProperty("statusCode").GetString());
        Assert.Equal("Yes", status.GetProperty("rightToWork").GetString());
        Assert.Contains(documents.GetProperty("documents").EnumerateArray(), d => d.GetProperty("number").GetString() == "RC-2024-77813");

        var stored = await app.QueryAsync(db => db.IdentityDocuments.AsNoTracking().ToListAsync());
        Assert.All(stored, d => Assert.DoesNotContain("77813", d.NumberCipher, StringComparison.Ordinal));
        Assert.DoesNotContain(stored, d => d.NumberCipher.Contains("0451", StringComparison.Ordinal));

        var found = await client.GetFromJsonAsync<JsonElement>("/api/v1/people?query=rc202477813");
        Assert.Equal(personId, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_expired_card_gives_no_right_to_work_and_an_asylum_receipt_says_no()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await PersonAsync(app);
        var today = Today(app);

        await AddAsync(client, personId, "REFUGEE_CARD", "RF-1002", today.AddYears(-3), today.AddDays(-1));
        var expired = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/documents")).GetProperty("legalStatus");
        await AddAsync(client, personId, "ASYLUM_RECEIPT", "AS-88", today.AddDays(-10), today.AddMonths(3));
        var receipt = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/documents")).GetProperty("legalStatus");

        Assert.Equal(JsonValueKind.Null, expired.GetProperty("statusCode").ValueKind);
        Assert.Equal("ToCheck", expired.GetProperty("rightToWork").GetString());
        Assert.Equal("ASYLUM_SEEKER", receipt.GetProperty("statusCode").GetString());
        Assert.Equal("No", receipt.GetProperty("rightToWork").GetString());
    }

    [Fact]
    public async Task A_regularisation_receipt_says_in_regularisation_without_the_right_to_work_and_a_residence_card_outranks_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await PersonAsync(app);
        var today = Today(app);

        await AddAsync(client, personId, "REGULARISATION_RECEIPT", "RG-2026-31", today.AddDays(-20), today.AddMonths(6));
        var receipt = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/documents")).GetProperty("legalStatus");
        await AddAsync(client, personId, "RESIDENCE_CARD", "RC-2026-31", today.AddDays(-1), today.AddYears(1));
        var card = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/documents")).GetProperty("legalStatus");

        Assert.Equal("IN_REGULARISATION", receipt.GetProperty("statusCode").GetString());
        Assert.Equal("No", receipt.GetProperty("rightToWork").GetString());
        Assert.Equal("REGULARISED_MIGRANT", card.GetProperty("statusCode").GetString());
        Assert.Equal("Yes", card.GetProperty("rightToWork").GetString());
    }

    [Fact]
    public async Task A_scan_is_stored_encrypted_and_given_back_whole_with_every_download_audited()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await PersonAsync(app);
        var documentId = await AddAsync(client, personId, "RESIDENCE_CARD", "RC-1", null, null);
        var url = $"/api/v1/people/{personId}/documents/{documentId}/scan";

        var upload = await client.PutAsync(url, new ByteArrayContent(Png) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } });
        var download = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NoContent, upload.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.True(download.Headers.CacheControl?.NoStore);
        var cipher = await app.QueryAsync(db => Task.FromResult(db.DocumentScans.Single().Cipher));
        Assert.NotEqual(Png, cipher[..Png.Length]);
        Assert.Single(await app.AuditAsync(AuditActions.DocumentScanViewed));
    }

    [Fact]
    public async Task Fake_or_oversized_files_are_refused_naming_the_scan()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await PersonAsync(app, "en");
        var documentId = await AddAsync(client, personId, "PASSPORT", "P-1", null, null);
        var url = $"/api/v1/people/{personId}/documents/{documentId}/scan";
        var fake = new ByteArrayContent(Encoding.UTF8.GetBytes("<html>not a pdf</html>")) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } };
        var big = new byte[5 * 1024 * 1024 + 1];
        Png.CopyTo(big, 0);

        var fakeProblem = await (await client.PutAsync(url, fake)).ProblemAsync(HttpStatusCode.BadRequest);
        var bigProblem = await (await client.PutAsync(url, new ByteArrayContent(big))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("The scan must be a real PDF, JPEG or PNG file.", fakeProblem.GetProperty("errors").GetProperty("scan")[0].GetString());
        Assert.Equal("The scan is larger than 5 MB.", bigProblem.GetProperty("errors").GetProperty("scan")[0].GetString());
        Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.DocumentScans.Count())));
        await (await client.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_document_input_names_each_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await PersonAsync(app, "en");
        var today = Today(app);

        var problem = await (await client.PostAsJsonAsync($"/api/v1/people/{personId}/documents",
            new { typeCode = "LIBRARY_CARD", number = "<script>", issuedOn = today.AddDays(1), expiresOn = today })).ProblemAsync(HttpStatusCode.BadRequest);
        var impossible = await (await client.PostAsJsonAsync($"/api/v1/people/{personId}/documents",
            new { typeCode = "PASSPORT", number = "P-2", issuedOn = "2024-02-30" })).ProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "typeCode", "number", "issuedOn", "expiresOn" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.True(impossible.GetProperty("errors").TryGetProperty("issuedOn", out _));
        Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.IdentityDocuments.Count())));
    }

    [Fact]
    public async Task Without_a_consent_to_processing_only_a_minimal_record_is_kept_and_no_document_is_added()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en", minimal: true);

        var refused = await (await client.PostAsJsonAsync($"/api/v1/people/{personId}/documents",
            new { typeCode = "PASSPORT", number = "P-12345" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("https://amuddu.org/problems/consent-required", refused.GetProperty("type").GetString());
        Assert.Contains("consent to processing", refused.GetProperty("title").GetString());

        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        Assert.Contains("Minimal record", await (await browser.GetAsync($"/people/{personId}")).ReadHtmlAsync());

        await client.GiveProcessingConsentAsync(personId, app.Today);
        var documentId = await AddAsync(client, personId, "PASSPORT", "P-12345", null, null);
        Assert.DoesNotContain("Minimal record", await (await browser.GetAsync($"/people/{personId}")).ReadHtmlAsync());

        // Once the consent is withdrawn, no scan is added to the document either.
        var consentId = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/consents"))[0].GetProperty("id").GetGuid();
        await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents/{consentId}/withdraw", new { note = (string?)null });
        var scan = await (await client.PutAsync($"/api/v1/people/{personId}/documents/{documentId}/scan", new ByteArrayContent(Png)))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("https://amuddu.org/problems/consent-required", scan.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Another_organisation_cannot_see_add_or_download_documents()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await PersonAsync(app);
        var documentId = await AddAsync(client, personId, "RESIDENCE_CARD", "RC-9", null, null);
        await client.PutAsync($"/api/v1/people/{personId}/documents/{documentId}/scan", new ByteArrayContent(Png));
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);

        await (await ngo.GetAsync($"/api/v1/people/{personId}/documents")).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync($"/api/v1/people/{personId}/documents", new { typeCode = "PASSPORT", number = "X-1" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.GetAsync($"/api/v1/people/{personId}/documents/{documentId}/scan")).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PutAsync($"/api/v1/people/{personId}/documents/{documentId}/scan", new ByteArrayContent(Png))).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await ngo.GetFromJsonAsync<JsonElement>("/api/v1/people?query=RC-9")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Documents_expiring_within_sixty_days_are_on_the_counsellor_s_home_page()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await PersonAsync(app);
        var today = Today(app);
        await AddAsync(client, personId, "RESIDENCE_CARD", "RC-SOON", today.AddYears(-1), today.AddDays(45));
        await AddAsync(client, personId, "PASSPORT", "P-LATER", today.AddYears(-1), today.AddDays(200));
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var home = await (await browser.GetAsync("/home")).ReadHtmlAsync();

        Assert.Contains("Documents qui expirent dans les 60 jours", home, StringComparison.Ordinal);
        Assert.Matches($"href=\"/people/{personId}/documents\">Joseph Mbeki</a>\\s*<span class=\"meta\">Carte de séjour · ", home);
        Assert.DoesNotContain("Passeport", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_page_adds_a_document_and_shows_the_legal_status()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await PersonAsync(app);
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var today = Today(app);

        var saved = await browser.SubmitFormAsync($"/people/{personId}/documents", "add-document",
            ("Document.TypeCode", "REFUGEE_CARD"), ("Document.Number", "BRA-2023-1187"), ("Document.IssuedOn", today.AddYears(-1).ToString("yyyy-MM-dd")),
            ("Document.ExpiresOn", today.AddYears(2).ToString("yyyy-MM-dd")));

        var html = await saved.ReadHtmlAsync();
        Assert.Contains("BRA-2023-1187", html, StringComparison.Ordinal);
        Assert.Contains("data-right-to-work=\"Yes\"", html, StringComparison.Ordinal);
        Assert.Contains("Réfugié", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Document.IssuedOn", "Délivré le", "15-03-2026", "15/03/2026")]
    [InlineData("Document.ExpiresOn", "Expire le", "15.03.2027", "15/03/2027")]
    public async Task The_document_form_takes_dates_typed_day_first_and_refuses_one_that_is_not_a_date(string field, string label, string typed, string shown)
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await PersonAsync(app);
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/documents";

        var wrong = await (await browser.SubmitFormAsync(page, "add-document",
            ("Document.TypeCode", "PASSPORT"), ("Document.Number", "P-WRONG-1"), (field, "31/02/2027"))).ReadHtmlAsync();
        Assert.Contains($"{label} : « 31/02/2027 » n'est pas une date.", wrong, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2027\"", wrong, StringComparison.Ordinal);
        Assert.DoesNotContain("P-WRONG-1</td>", wrong, StringComparison.Ordinal);

        var saved = await (await browser.SubmitFormAsync(page, "add-document",
            ("Document.TypeCode", "PASSPORT"), ("Document.Number", "P-DAY-FIRST"), (field, typed))).ReadHtmlAsync();
        Assert.Contains("P-DAY-FIRST</td>", saved, StringComparison.Ordinal);
        Assert.Contains(shown, saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_page_uploads_a_scan_with_the_document_and_refuses_a_fake_one()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await PersonAsync(app);
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/documents";

        async Task<HttpResponseMessage> PostAsync(string number, byte[] file, string fileName)
        {
            var html = await (await browser.GetAsync(page)).Content.ReadAsStringAsync();
            var form = System.Text.RegularExpressions.Regex.Match(html, "<form[^>]*>(?:(?!</form>).)*name=\"_handler\" value=\"add-document\".*?</form>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
            var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
            using var content = new MultipartFormDataContent
            {
                { new StringContent("add-document"), "_handler" },
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent("RESIDENCE_CARD"), "Document.TypeCode" },
                { new StringContent(number), "Document.Number" },
                { new ByteArrayContent(file), "Scan", fileName },
            };
            return await browser.PostAsync(page, content);
        }

        var good = await PostAsync("RC-SCAN-1", Png, "card.png");
        var fake = await PostAsync("RC-SCAN-2", Encoding.UTF8.GetBytes("MZ not an image"), "card.png");

        Assert.Contains("Enregistré.", await good.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Contains("La copie doit être un vrai fichier PDF, JPEG ou PNG.", await fake.ReadHtmlAsync(), StringComparison.Ordinal);
        var scans = await app.QueryAsync(db => db.IdentityDocuments.AsNoTracking().OrderBy(d => d.RecordedAt).Select(d => d.ScanContentType).ToListAsync());
        Assert.Equal(["image/png", null], scans);
    }
}
