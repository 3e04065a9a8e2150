using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Rights;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.Support.Applying.ApplyingKit;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// The files the pages offer (scans, the rights export, application documents, CSV exports, the transfer file) come
/// from page endpoints that take the browser's session, under the same rules and audit as the API, which takes
/// bearer tokens only: a page never links into /api, nor carries a file in a data: URL.
/// </summary>
public sealed partial class PageDownloadsTests
{
    [Fact]
    public async Task Every_file_a_page_offers_downloads_with_the_browser_session_under_the_rules_and_audit_of_the_api()
    {
        await using var app = await AmudduApp.StartAsync(DownloadsSeed.Settings);
        var seed = await DownloadsSeed.CreateAsync(app);
        var (personId, scanId, applicationId, enrolmentId) = (seed.PersonId, seed.ScanId, seed.ApplicationId, seed.EnrolmentId);
        var offered = seed.Offered();
        var audited = await CountAuditAsync(app);
        foreach (var role in offered.GroupBy(o => o.Who))
        {
            var browser = await SignInAsync(app, role.Key);
            foreach (var (_, page, link, contentType, fileName) in role)
            {
                var html = await (await browser.GetAsync(page)).ReadHtmlAsync();
                Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
                Assert.DoesNotMatch(ApiOrDataLink(), html);

                var file = await browser.GetAsync(link);
                Assert.True(file.StatusCode == HttpStatusCode.OK, $"{role.Key} {link}: {(int)file.StatusCode}");
                Assert.Equal(contentType, file.Content.Headers.ContentType?.MediaType);
                Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
                Assert.Equal(fileName, file.Content.Headers.ContentDisposition?.FileNameStar ?? file.Content.Headers.ContentDisposition?.FileName);
                Assert.NotEmpty(await file.Content.ReadAsByteArrayAsync());
            }
        }

        // The same bytes as the API's, and an audit entry per download wherever the API writes one.
        var counsellor = await SignInAsync(app, Demo.Counsellor);
        Assert.Equal(DownloadsSeed.Png, await counsellor.GetByteArrayAsync(PageDownloads.Scan(personId, scanId)));
        Assert.Equal(Pdf, await counsellor.GetByteArrayAsync(PageDownloads.ApplicationDocument(applicationId, enrolmentId)));
        var export = JsonSerializer.Deserialize<JsonElement>(await counsellor.GetByteArrayAsync(PageDownloads.PersonExport(personId)));
        Assert.Equal(seed.FileNumber, export.GetProperty("fileNumber").GetString());
        Assert.True(export.GetProperty("sections").TryGetProperty("applications", out _));
        var now = await CountAuditAsync(app);
        Assert.Equal(audited[AuditActions.DocumentScanViewed] + 2, now[AuditActions.DocumentScanViewed]);
        Assert.Equal(audited[ApplicationAudit.DocumentRead] + 5, now[ApplicationAudit.DocumentRead]);
        // The export page itself is an export too: the counsellor opened it once, then downloaded twice.
        Assert.Equal(audited[RightsAudit.Exported] + 3, now[RightsAudit.Exported]);
        Assert.Equal(audited[ApplicationAudit.PaymentsExported] + 1, now[ApplicationAudit.PaymentsExported]);

        // The same rules as the API: nobody signed in is sent to sign in, another role is refused, another organisation
        // finds nothing, and the API itself still takes no cookie.
        var anonymous = app.CreateBrowser("en");
        var employer = await SignInAsync(app, Demo.Employer);
        var otherOrganisation = await SignInAsync(app, Demo.NgoCounsellor);
        foreach (var link in offered.Select(o => o.Link).Distinct())
        {
            Assert.StartsWith("/account/sign-in", (await anonymous.GetAsync(link)).Target(), StringComparison.Ordinal);
        }

        foreach (var link in offered.Where(o => o.Who != Demo.Employer).Select(o => o.Link).Distinct())
        {
            Assert.StartsWith("/account/access-denied", (await employer.GetAsync(link)).Target(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await otherOrganisation.GetAsync(PageDownloads.Scan(personId, scanId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOrganisation.GetAsync(PageDownloads.PersonExport(personId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOrganisation.GetAsync(PageDownloads.ApplicationDocument(applicationId, enrolmentId))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await counsellor.GetAsync($"/api/v1/people/{personId}/documents/{scanId}/scan")).StatusCode);
    }

    [Fact]
    public void No_page_links_into_the_api_or_carries_a_file_in_a_data_url()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Amuddu.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Amuddu.slnx not found above the test's directory.");
        }

        var pages = Directory.GetFiles(Path.Combine(root, "src", "Amuddu.Web"), "*.razor", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        var offending = pages
            .SelectMany(p => File.ReadLines(p).Select((line, i) => (Page: Path.GetFileName(p), Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains("/api/v1", StringComparison.Ordinal) || DataUrl().IsMatch(l.Text))
            .Select(l => $"{l.Page}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(offending);
    }

    private static async Task<HttpClient> SignInAsync(AmudduApp app, string who)
    {
        var browser = app.CreateBrowser("en");
        if (who == Demo.Analyst)
        {
            // Indicators only: no second factor.
            var signedIn = await browser.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", who), ("Input.Password", Demo.Password));
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        else
        {
            await app.WebSignInAsync(browser, who);
        }

        return browser;
    }

    private static async Task<Dictionary<string, int>> CountAuditAsync(AmudduApp app)
    {
        string[] actions = [AuditActions.DocumentScanViewed, ApplicationAudit.DocumentRead, RightsAudit.Exported, ApplicationAudit.PaymentsExported];
        var counts = await app.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(a => actions.Contains(a.Action))
            .GroupBy(a => a.Action).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        return actions.ToDictionary(a => a, a => counts.GetValueOrDefault(a));
    }

    [GeneratedRegex("(?:href|action|src)=\"(?:/api/|data:)", RegexOptions.IgnoreCase)]
    private static partial Regex ApiOrDataLink();

    [GeneratedRegex("[\"'(]data:[a-z]+/", RegexOptions.IgnoreCase)]
    private static partial Regex DataUrl();
}
