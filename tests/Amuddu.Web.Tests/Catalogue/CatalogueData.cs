using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Catalogue;

/// <summary>Offers as staff send them, and the calls the catalogue tests repeat.</summary>
public static class CatalogueData
{
    public const string Offers = "/api/v1/catalogue/offers";

    /// <summary>A training complete enough to publish, with its words in French and Arabic only.</summary>
    public static Dictionary<string, object?> Training(DateOnly today, string name = "Couture et retouche", string city = "Casablanca") => new()
    {
        ["kind"] = "VocationalTraining",
        ["providerName"] = "  Centre Hay Mohammadi  ",
        ["regionCode"] = "MA-06",
        ["city"] = city,
        ["address"] = "Rue 14, Hay Mohammadi",
        ["occupationCode"] = "OCC-TAILOR",
        ["durationHours"] = 480,
        ["durationWeeks"] = 24,
        ["costMad"] = 0,
        ["grantAvailable"] = true,
        ["seats"] = 20,
        ["startDates"] = new[] { today.AddDays(40).ToString("yyyy-MM-dd"), today.AddDays(10).ToString("yyyy-MM-dd") },
        ["languages"] = new[] { "fr", "ary" },
        ["requiredDocuments"] = new[] { "RESIDENCE_CARD", "REFUGEE_CARD" },
        ["eligibility"] = new[] { "Women", "AnyStatus" },
        ["minimumAge"] = 18,
        ["maximumAge"] = 45,
        ["contactPhone"] = "05 22 61 30 40",
        ["contactEmail"] = "formation@hay-mohammadi.example.ma",
        ["url"] = "https://hay-mohammadi.example.ma/couture",
        ["texts"] = new Dictionary<string, object?>
        {
            ["fr"] = new { name, description = "Prendre des mesures, couper, assembler un vêtement.", schedule = "Du lundi au vendredi, 9 h – 13 h", entryRequirements = "Savoir lire et compter." },
            ["ar"] = new { name = "الخياطة والتعديل", description = "تعلّم أخذ المقاسات وقصّ الثوب.", schedule = "من الاثنين إلى الجمعة" },
        },
    };

    /// <summary>The demo catalogue (offers of every demo organisation), as <c>seed-demo</c> makes it.</summary>
    public static async Task SeedDemoCatalogueAsync(this AmudduApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name);
        var sites = await db.Sites.ToDictionaryAsync(s => s.Name);
        await DemoCatalogue.SeedAsync(db, organisations, sites, app.Clock, CancellationToken.None);
    }

    public static async Task<JsonElement> CreateAsync(this HttpClient client, object offer)
    {
        var response = await client.PostAsJsonAsync(Offers, offer);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
    }

    public static async Task<JsonElement> OkAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
    }

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, Guid id, string action, long version) =>
        client.PostAsJsonAsync($"{Offers}/{id}/{action}", new { version });

    /// <summary>Creates the training and publishes it; returns its id.</summary>
    public static async Task<Guid> PublishedAsync(this HttpClient client, object offer)
    {
        var created = await client.CreateAsync(offer);
        var id = created.GetProperty("id").GetGuid();
        await (await client.MoveAsync(id, "publish", created.GetProperty("version").GetInt64())).OkAsync();
        return id;
    }

    public static string[] Keys(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    public static string Error(this JsonElement problem, string field) =>
        string.Join(" ", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
}
