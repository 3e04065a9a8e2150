using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Rights;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Rights;

public sealed class MergeTests
{
    private sealed record Files(HttpClient Client, Guid Survivor, Guid Duplicate, Guid DuplicateDocument);

    /// <summary>The same woman registered twice: once with a residence card, once with a passport and a contact consent.</summary>
    private static async Task<Files> TwoFilesAsync(AmudduApp app, string language = "en")
    {
        var client = await app.ApiClientAsync(Demo.Counsellor, language);
        var survivor = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        await RightsData.AddDocumentAsync(client, survivor, "RC-2024-77813");
        var duplicate = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0655443322");
        var document = await RightsData.AddDocumentAsync(client, duplicate, "SN-PASS-99812");
        await RightsData.WitnessedConsentAsync(client, duplicate, app.Today, "ContactBySmsOrWhatsApp", "Moussa Diop");
        return new Files(client, survivor, duplicate, document);
    }

    private static async Task<HttpResponseMessage> MergeAsync(Files files) =>
        await files.Client.PostAsJsonAsync($"/api/v1/people/{files.Survivor}/merge", new
        {
            duplicateId = files.Duplicate,
            survivorVersion = await RightsData.VersionAsync(files.Client, files.Survivor),
            duplicateVersion = await RightsData.VersionAsync(files.Client, files.Duplicate),
        });

    private static Task<Dictionary<Guid, Guid>> OwnersAsync(AmudduApp app) => app.QueryAsync(async db =>
        (await db.Consents.AsNoTracking().Select(c => new { c.Id, c.PersonId }).ToListAsync())
            .Concat(await db.IdentityDocuments.AsNoTracking().Select(d => new { d.Id, d.PersonId }).ToListAsync())
            .ToDictionary(r => r.Id, r => r.PersonId));

    private static async Task<List<Guid>> CandidatesAsync(HttpClient client) =>
        [.. (await (await client.PostAsJsonAsync("/api/v1/people/duplicate-check",
                new { firstName = "Awa", lastName = "Sow", sex = "Female", dateOfBirth = "1994-07-21", nationalityCode = "SN", city = "Casablanca" }))
            .Content.ReadFromJsonAsync<JsonElement[]>())!.Select(c => c.GetProperty("personId").GetGuid())];

    [Fact]
    public async Task A_merge_moves_every_row_to_the_survivor_hides_the_duplicate_and_an_undo_restores_exactly()
    {
        await using var app = await AmudduApp.StartAsync();
        var files = await TwoFilesAsync(app);
        var client = files.Client;
        var before = await OwnersAsync(app);
        Assert.Equal(new[] { files.Duplicate, files.Survivor }.Order(), (await CandidatesAsync(client)).Order());

        var response = await MergeAsync(files);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merge = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, merge.GetProperty("rowsMoved").GetInt32());
        var merged = await OwnersAsync(app);
        Assert.All(merged.Values, owner => Assert.Equal(files.Survivor, owner));
        var survivorConsents = await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/people/{files.Survivor}/consents");
        Assert.Equal(3, survivorConsents!.Length);
        Assert.Contains(survivorConsents, c => c.GetProperty("witnessName").GetString() == "Moussa Diop");
        var documents = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{files.Survivor}/documents");
        Assert.Equal(["RC-2024-77813", "SN-PASS-99812"], documents.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("number").GetString()).Order());

        Assert.Equal([files.Survivor], await RightsData.SearchAsync(client, "Awa Sow"));
        Assert.Empty(await RightsData.SearchAsync(client, "0655443322"));
        Assert.Equal([files.Survivor], await RightsData.SearchAsync(client, "SN-PASS-99812"));
        Assert.Equal([files.Survivor], await RightsData.SearchAsync(client, await RightsData.FileNumberAsync(client, files.Survivor)));
        Assert.Empty(await RightsData.SearchAsync(client, await RightsData.FileNumberAsync(client, files.Duplicate)));
        Assert.DoesNotContain(files.Duplicate, (await client.GetFromJsonAsync<JsonElement>("/api/v1/people")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal([files.Survivor], await CandidatesAsync(client));
        var duplicate = await RightsData.PersonAsync(client, files.Duplicate);
        Assert.Equal(files.Survivor, duplicate.GetProperty("mergedIntoId").GetGuid());
        Assert.Equal("Awa", duplicate.GetProperty("firstName").GetString());
        var audits = await app.AuditAsync(RightsAudit.Merged);
        Assert.Equal(new[] { PeopleAudit.Subject(files.Survivor), PeopleAudit.Subject(files.Duplicate) }.Order(), audits.Select(a => a.Subject).Order());

        // A merged file takes no more writes: they belong on the survivor.
        var write = await client.PostAsJsonAsync($"/api/v1/people/{files.Duplicate}/documents", new { typeCode = "PASSPORT", number = "P-1" });
        Assert.Equal("https://amuddu.org/problems/person-merged", (await write.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        // Added to the survivor after the merge: stays with the survivor when the merge is undone.
        var later = await RightsData.AddDocumentAsync(client, files.Survivor, "RC-LATER-1");

        var undo = await client.PostAsync($"/api/v1/people/merges/{merge.GetProperty("id").GetGuid()}/undo", null);

        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        var restored = await OwnersAsync(app);
        Assert.Equal(files.Survivor, restored[later]);
        restored.Remove(later);
        Assert.Equal(before, restored);
        Assert.Equal(JsonValueKind.Null, (await RightsData.PersonAsync(client, files.Duplicate)).GetProperty("mergedIntoId").ValueKind);
        Assert.Equal(new[] { files.Duplicate, files.Survivor }.Order(), (await RightsData.SearchAsync(client, "Awa Sow")).Order());
        Assert.Equal([files.Duplicate], await RightsData.SearchAsync(client, "0655443322"));
        Assert.Equal(new[] { files.Duplicate, files.Survivor }.Order(), (await CandidatesAsync(client)).Order());
        Assert.Equal(2, (await app.AuditAsync(RightsAudit.MergeUndone)).Count);

        var twice = await client.PostAsync($"/api/v1/people/merges/{merge.GetProperty("id").GetGuid()}/undo", null);
        Assert.Equal("This merge has already been undone.", (await twice.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_part_each_person_has_once_moves_when_only_the_duplicate_has_it_and_blocks_the_merge_when_both_do()
    {
        await using var app = await AmudduApp.StartAsync();
        var files = await TwoFilesAsync(app);
        var client = files.Client;
        async Task PlanAsync(Guid personId) => Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/people/{personId}/action-plan",
            new { goal = "Trouver un emploi", status = "Draft", agreedOn = app.Today.ToString("yyyy-MM-dd"), agreementMethod = "Signed", version = 0 })).StatusCode);
        await PlanAsync(files.Survivor);
        await PlanAsync(files.Duplicate);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/people/{files.Duplicate}/vulnerabilities",
            new { categories = new[] { "SingleParent" }, version = 0 })).StatusCode);

        var blocked = await (await MergeAsync(files)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("action_plans", blocked.GetProperty("title").GetString());
        Assert.Null(await app.QueryAsync(db => db.People.Where(p => p.Id == files.Duplicate).Select(p => p.MergedIntoId).SingleAsync()));

        await app.QueryAsync(db => db.ActionPlans.Where(p => p.PersonId == files.Duplicate).ExecuteDeleteAsync());
        Assert.Equal(HttpStatusCode.OK, (await MergeAsync(files)).StatusCode);
        var vulnerabilities = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{files.Survivor}/vulnerabilities");
        Assert.Equal("SingleParent", vulnerabilities.GetProperty("categories")[0].GetString());
    }

    [Fact]
    public async Task Stale_versions_the_same_file_twice_and_a_merged_or_erased_file_are_conflicts()
    {
        await using var app = await AmudduApp.StartAsync();
        var files = await TwoFilesAsync(app);
        var client = files.Client;
        var survivorVersion = await RightsData.VersionAsync(client, files.Survivor);
        var duplicateVersion = await RightsData.VersionAsync(client, files.Duplicate);

        var stale = await client.PostAsJsonAsync($"/api/v1/people/{files.Survivor}/merge",
            new { duplicateId = files.Duplicate, survivorVersion, duplicateVersion = duplicateVersion - 1 });
        var same = await client.PostAsJsonAsync($"/api/v1/people/{files.Survivor}/merge",
            new { duplicateId = files.Survivor, survivorVersion, duplicateVersion = survivorVersion });
        var missing = await client.PostAsJsonAsync($"/api/v1/people/{files.Survivor}/merge", new { });

        Assert.Equal("https://amuddu.org/problems/conflict", (await stale.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal("A file cannot be merged with itself.", (await same.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString());
        var errors = (await missing.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        foreach (var field in new[] { "duplicateId", "survivorVersion", "duplicateVersion" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.Empty(await app.QueryAsync(db => db.PersonMerges.ToListAsync()));
        Assert.All((await OwnersAsync(app)).Where(o => o.Key == files.DuplicateDocument), o => Assert.Equal(files.Duplicate, o.Value));

        Assert.Equal(HttpStatusCode.OK, (await MergeAsync(files)).StatusCode);
        var third = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0611111111");
        var mergedAgain = await client.PostAsJsonAsync($"/api/v1/people/{third}/merge", new
        {
            duplicateId = files.Duplicate, survivorVersion = await RightsData.VersionAsync(client, third), duplicateVersion = await RightsData.VersionAsync(client, files.Duplicate),
        });
        Assert.Equal("https://amuddu.org/problems/person-merged", (await mergedAgain.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());

        (await RightsData.EraseAsync(client, third, await RightsData.FileNumberAsync(client, third))).EnsureSuccessStatusCode();
        var erased = await client.PostAsJsonAsync($"/api/v1/people/{files.Survivor}/merge", new
        {
            duplicateId = third, survivorVersion = await RightsData.VersionAsync(client, files.Survivor), duplicateVersion = await RightsData.VersionAsync(client, third),
        });
        Assert.Equal("https://amuddu.org/problems/person-erased", (await erased.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_file_pages_merge_side_by_side_link_the_merged_file_to_the_survivor_and_undo()
    {
        await using var app = await AmudduApp.StartAsync();
        var files = await TwoFilesAsync(app);
        var survivorNumber = await RightsData.FileNumberAsync(files.Client, files.Survivor);
        var duplicateNumber = await RightsData.FileNumberAsync(files.Client, files.Duplicate);
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var file = await (await browser.GetAsync($"/people/{files.Survivor}/rights")).ReadHtmlAsync();
        Assert.Contains($"href=\"/people/{files.Survivor}/merge\"", file, StringComparison.Ordinal);
        var unknown = await (await browser.GetAsync($"/people/{files.Survivor}/merge?fileNumber=1999-000000")).ReadHtmlAsync();
        Assert.Contains("No file of your organisation has this number.", unknown, StringComparison.Ordinal);
        var url = $"/people/{files.Survivor}/merge?fileNumber={duplicateNumber}";
        var preview = await (await browser.GetAsync(url)).ReadHtmlAsync();
        Assert.Contains("This file (kept)", preview, StringComparison.Ordinal);
        Assert.Contains("+212655443322", preview, StringComparison.Ordinal);
        Assert.Contains("+212612345678", preview, StringComparison.Ordinal);

        var merged = await (await browser.SubmitFormAsync(url, "merge")).ReadHtmlAsync();

        Assert.Contains("The files are merged (3 items moved).", merged, StringComparison.Ordinal);
        Assert.Equal(files.Survivor, (await RightsData.PersonAsync(files.Client, files.Duplicate)).GetProperty("mergedIntoId").GetGuid());
        var duplicatePage = await (await browser.GetAsync($"/people/{files.Duplicate}")).ReadHtmlAsync();
        Assert.Contains($"This file has been merged into file {survivorNumber}.", duplicatePage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{files.Survivor}\"", duplicatePage, StringComparison.Ordinal);
        var survivorPage = await (await browser.GetAsync($"/people/{files.Survivor}/rights")).ReadHtmlAsync();
        Assert.Contains($"File {duplicateNumber} merged into file {survivorNumber}", survivorPage, StringComparison.Ordinal);
        Assert.Contains("SN-PASS-99812", await (await browser.GetAsync($"/people/{files.Survivor}/documents")).ReadHtmlAsync(), StringComparison.Ordinal);

        var undone = await browser.SubmitFormAsync($"/people/{files.Survivor}/rights", "undo-merge",
            ("MergeId", (await app.QueryAsync(db => db.PersonMerges.SingleAsync())).Id.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await RightsData.PersonAsync(files.Client, files.Duplicate)).GetProperty("mergedIntoId").ValueKind);
        Assert.Equal($"/people/{files.Survivor}/rights", undone.Target());
        Assert.DoesNotContain("SN-PASS-99812", await (await browser.GetAsync($"/people/{files.Survivor}/documents")).ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Contains("undone on", await (await browser.GetAsync($"/people/{files.Survivor}/rights")).ReadHtmlAsync(), StringComparison.Ordinal);
    }
}
