using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Rights;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Rights;

public sealed class ExportTests
{
    [Fact]
    public async Task The_export_holds_every_section_with_numbers_decrypted_and_is_audited()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        await RightsData.AddDocumentAsync(client, personId, "RC-2024-77813", withScan: true);

        var export = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/export");

        Assert.Equal(await RightsData.FileNumberAsync(client, personId), export.GetProperty("fileNumber").GetString());
        Assert.Equal(app.Clock.GetUtcNow(), export.GetProperty("exportedAt").GetDateTimeOffset());
        var sections = export.GetProperty("sections");
        var identity = sections.GetProperty("identity");
        Assert.Equal("Awa", identity.GetProperty("firstName").GetString());
        Assert.Equal("+212612345678", identity.GetProperty("phone").GetString());
        Assert.Equal("Hay Hassani", identity.GetProperty("neighbourhood").GetString());
        Assert.Equal("Processing", Assert.Single(sections.GetProperty("consents").EnumerateArray()).GetProperty("purpose").GetString());
        var document = Assert.Single(sections.GetProperty("documents").EnumerateArray());
        Assert.Equal("RC-2024-77813", document.GetProperty("number").GetString());
        Assert.Equal("image/png", document.GetProperty("scanContentType").GetString());
        Assert.Equal(0, sections.GetProperty("merges").GetProperty("merges").GetArrayLength());

        // Whatever areas are installed, each has its part in the export.
        await using var scope = app.Services.CreateAsyncScope();
        var titles = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Amuddu.Web.SharedResource>>();
        foreach (var section in scope.ServiceProvider.GetServices<IPersonalDataSection>())
        {
            Assert.True(sections.TryGetProperty(section.Name, out _), section.Name);
            // ...and a title people can read on the printable export.
            Assert.False(titles[$"Rights.Section.{section.Name}"].ResourceNotFound, section.Name);
        }

        var audit = Assert.Single(await app.AuditAsync(RightsAudit.Exported));
        Assert.Equal(PeopleAudit.Subject(personId), audit.Subject);
        Assert.DoesNotContain("Awa", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printable_export_shows_every_section_in_the_staff_language()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        await RightsData.AddDocumentAsync(client, personId, "RC-2024-77813");
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var page = await browser.GetAsync($"/people/{personId}/export");
        var html = await page.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>Everything held on the person</h1>", html, StringComparison.Ordinal);
        Assert.Contains("rights.css", html, StringComparison.Ordinal);
        foreach (var heading in new[] { "Identity, contacts and reception", "Consents", "Documents", "Merges and erasure" })
        {
            Assert.Contains($"<h2>{heading}</h2>", html, StringComparison.Ordinal);
        }

        Assert.Contains("RC-2024-77813", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Given name (Latin script)</dt>", html, StringComparison.Ordinal);
        Assert.Contains("awa@example.org", html, StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(RightsAudit.Exported));

        var css = await browser.GetStringAsync("/rights.css");
        Assert.Contains("@media print", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisation_gets_404_on_every_rights_endpoint()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        var otherId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345679");
        var merge = await client.PostAsJsonAsync($"/api/v1/people/{personId}/merge",
            new { duplicateId = otherId, survivorVersion = await RightsData.VersionAsync(client, personId), duplicateVersion = await RightsData.VersionAsync(client, otherId) });
        var mergeId = (await merge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var fileNumber = await RightsData.FileNumberAsync(client, personId);
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);
        var ngoPerson = await RightsData.RegisterAsync(app, ngo, "Jean", "Kabila", "0698765432", staff: Demo.NgoCounsellor);

        await (await ngo.GetAsync($"/api/v1/people/{personId}/export")).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.GetAsync($"/api/v1/people/{personId}/timeline")).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.GetAsync($"/api/v1/people/{personId}/merges")).ProblemAsync(HttpStatusCode.NotFound);
        await (await RightsData.EraseAsync(ngo, personId, fileNumber)).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync($"/api/v1/people/{ngoPerson}/merge", new { duplicateId = personId, survivorVersion = 1, duplicateVersion = 1 }))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsJsonAsync($"/api/v1/people/{personId}/merge", new { duplicateId = ngoPerson, survivorVersion = 1, duplicateVersion = 1 }))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.PostAsync($"/api/v1/people/merges/{mergeId}/undo", null)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Null((await RightsData.PersonAsync(client, personId)).GetProperty("erasedAt").GetString());
        Assert.Null((await app.QueryAsync(db => Task.FromResult(db.PersonMerges.Single()))).UndoneAt);

        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.NgoCounsellor);
        foreach (var page in new[] { "export", "consent-form", "erase", "merge" })
        {
            var html = await (await browser.GetAsync($"/people/{personId}/{page}")).ReadHtmlAsync();
            Assert.Contains("Page not found", html, StringComparison.Ordinal);
            Assert.DoesNotContain(fileNumber, html, StringComparison.Ordinal);
        }
    }
}
