using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Rights;

public sealed class TimelineTests
{
    [Fact]
    public async Task The_timeline_lists_what_happened_in_every_area_newest_first_with_who_did_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor, "en");
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678", minimal: true);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await client.GiveProcessingConsentAsync(personId, app.Today);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var documentId = await RightsData.AddDocumentAsync(client, personId, "RC-1");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await client.PutAsync($"/api/v1/people/{personId}/documents/{documentId}/scan",
            new ByteArrayContent(RightsData.Png) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } });

        var timeline = (await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/people/{personId}/timeline"))!;

        Assert.Equal(["Document scan uploaded", "Document added", "Consent given", "Registered"], timeline.Select(e => e.GetProperty("what").GetString()));
        Assert.Equal(["Documents and legal status", "Documents and legal status", "Consents", "Identity"], timeline.Select(e => e.GetProperty("area").GetString()));
        Assert.Equal(["Residence card", "Residence card", "Processing the file for employment support"], timeline.Take(3).Select(e => e.GetProperty("detail").GetString()));
        Assert.All(timeline, e => Assert.Equal("Youssef El Amrani", e.GetProperty("byName").GetString()));

        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var file = await (await browser.GetAsync($"/people/{personId}/timeline")).ReadHtmlAsync();
        var section = file[file.IndexOf("id=\"timeline\"", StringComparison.Ordinal)..];
        Assert.Contains("<h2>File timeline</h2>", section, StringComparison.Ordinal);
        var order = new[] { "Document scan uploaded", "Document added", "Consent given", "Registered" }
            .Select(text => section.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.All(order, position => Assert.True(position > 0));
        Assert.Equal(order.Order(), order);
    }
}
