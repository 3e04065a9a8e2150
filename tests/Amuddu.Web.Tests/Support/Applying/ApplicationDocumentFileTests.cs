using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.Support.Applying.ApplyingKit;

namespace Amuddu.Web.Tests.Support.Applying;

/// <summary>What an application document is called once stored, and what a broken upload gets back.</summary>
public sealed partial class ApplicationDocumentFileTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46];

    [Fact]
    public async Task A_document_is_stored_under_a_clean_name_with_the_extension_of_its_content_from_the_api_and_the_page()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await app.SeedProgrammeAsync();
        var id = (await client.CreateAsync(Body(personId, programme.Id, app.Today.AddDays(10)))).GetProperty("id").GetGuid();
        var url = $"{Applications}/{id}/documents";

        (string Given, byte[] Content, string Stored)[] cases =
        [
            ("invoice.html", Pdf, "invoice.pdf"),
            ("C:\\Users\\awa\\Desktop\\facture.exe", Pdf, "facture.pdf"),
            ("../../etc/photo.pdf", Png, "photo.png"),
            ("scan.PDF.png", Jpeg, "scan.PDF.jpg"),
            ("re\u00e7u \u202Egnp.exe", Pdf, "re\u00e7u gnp.pdf"),
            ("a<b>:c|d?e*f;g.pdf", Pdf, "abcdefg.pdf"),
            ("\u0639\u0642\u062f \u0627\u0644\u0639\u0645\u0644.pdf", Pdf, "\u0639\u0642\u062f \u0627\u0644\u0639\u0645\u0644.pdf"),
            (".pdf", Pdf, "Other.pdf"),
            ("C:\\fakepath\\.png", Png, "Other.png"),
            (new string('x', 300) + ".pdf", Pdf, new string('x', 150) + ".pdf"),
        ];
        foreach (var (given, content, stored) in cases)
        {
            var uploaded = await client.UploadAsync(url, "Other", content, given);
            Assert.True(uploaded.StatusCode == HttpStatusCode.Created, $"{given}: {await uploaded.Content.ReadAsStringAsync()}");
            var document = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(stored, document.GetProperty("fileName").GetString());
            var download = await client.GetAsync($"{url}/{document.GetProperty("id").GetGuid()}");
            Assert.Equal(stored, download.Content.Headers.ContentDisposition!.FileNameStar);
            Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        }

        // The page's upload form: a browser on Windows sends the whole path.
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/applications/{id}";
        var html = await (await browser.GetAsync(page)).Content.ReadAsStringAsync();
        var form = AddDocumentForm().Match(html).Value;
        var token = Token().Match(form).Groups[1].Value;
        using var posted = new MultipartFormDataContent
        {
            { new StringContent("add-document"), "_handler" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("TrainingEnrolment"), "kind" },
            { new ByteArrayContent(Pdf), "file", "C:\\fakepath\\attestation.html" },
        };
        var response = await browser.PostAsync(page, posted);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(">attestation.pdf</a>", await response.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal("attestation.pdf", await app.QueryAsync(db => db.ApplicationDocuments.Where(d => d.ApplicationId == id && d.Kind == Web.Features.Applications.ApplicationDocumentKind.TrainingEnrolment)
            .Select(d => d.FileName).SingleAsync()));
    }

    [Fact]
    public async Task A_malformed_multipart_body_is_a_400_problem_naming_the_file_never_a_500()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await app.SeedProgrammeAsync();
        var id = (await client.CreateAsync(Body(personId, programme.Id, app.Today.AddDays(10)))).GetProperty("id").GetGuid();
        var incentive = await app.SeedProgrammeAsync(Web.Features.Programmes.ProgrammeKind.HiringIncentive);
        var employer = await app.ApiClientAsync(Demo.Employer, "en");
        var hired = await employer.PostAsJsonAsync("/api/v1/employer/applications", new
        {
            programmeId = incentive.Id, fileNumber = await app.FileNumberAsync(personId), lastName = "Sow", purpose = "Opératrice de confection",
            startsOn = app.Today.AddDays(3), contractType = "Cdi", employerRegisteredOn = app.Today.AddYears(-1), payeeName = "Atlas Textile SARL",
            payeeAccount = Rib("2307800000987654321098"),
        });
        Assert.Equal(HttpStatusCode.Created, hired.StatusCode);
        var hireId = (await hired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        const string part = "--b0undary\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOther\r\n"
            + "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n";
        (string ContentType, string Body)[] broken =
        [
            ("multipart/form-data", part + "\r\n--b0undary--\r\n"),
            ("multipart/form-data; boundary=b0undary", part),
            ("multipart/form-data; boundary=b0undary", "--b0undary\r\nnot a header at all\r\n\r\nx\r\n--b0undary--\r\n"),
            ("multipart/form-data; boundary=b0undary", "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n" + new string('x', 20_000)),
            ("multipart/form-data; boundary=" + new string('b', 100), "--" + new string('b', 100) + "--\r\n"),
            ("multipart/form-data; boundary=b0undary", "garbage"),
        ];
        foreach (var (caller, url) in new[] { (client, $"{Applications}/{id}/documents"), (employer, $"/api/v1/employer/applications/{hireId}/documents") })
        {
            foreach (var (contentType, body) in broken)
            {
                var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                var response = await caller.PostAsync(url, content);
                var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
                Assert.True(problem.GetProperty("errors").TryGetProperty("file", out var file), $"{contentType}: {problem}");
                Assert.False(string.IsNullOrEmpty(file[0].GetString()));
            }
        }

        Assert.Equal(0, await app.QueryAsync(db => db.ApplicationDocuments.CountAsync()));
        Assert.DoesNotContain(app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    [GeneratedRegex("<form[^>]*>(?:(?!</form>).)*name=\"_handler\" value=\"add-document\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex AddDocumentForm();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
