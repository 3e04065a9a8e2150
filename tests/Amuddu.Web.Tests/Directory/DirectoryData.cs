using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Tests.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Not "Directory": that namespace would hide System.IO.Directory from the other test namespaces.
namespace Amuddu.Web.Tests.PartnerDirectory;

/// <summary>Services and profiles as the directory tests make them.</summary>
public static class DirectoryData
{
    public const string Api = "/api/v1/directory";

    /// <summary>A legal-aid service without its own e-mail (the organisation's is shown), in French and English.</summary>
    public static Dictionary<string, object?> LegalAid(DateOnly today)
    {
        var offer = CatalogueData.Training(today);
        offer["kind"] = "LegalAid";
        offer["occupationCode"] = null;
        offer["providerName"] = null;
        offer["durationHours"] = null;
        offer["durationWeeks"] = null;
        offer["seats"] = null;
        offer["startDates"] = Array.Empty<string>();
        offer["requiredDocuments"] = Array.Empty<string>();
        offer["eligibility"] = new[] { "RefugeesAndAsylumSeekers" };
        offer["contactEmail"] = null;
        offer["url"] = null;
        offer["languages"] = new[] { "fr", "en" };
        offer["texts"] = new Dictionary<string, object?>
        {
            ["fr"] = new { name = "Aide à l'État civil", description = "Déclarer une naissance, transcrire un mariage.", schedule = "Mercredi, 10 h – 15 h" },
            ["en"] = new { name = "Civil status help", description = "Registering a birth, recording a marriage." },
        };
        return offer;
    }

    public static object Profile(long version, string[]? regions = null, string? email = "accueil@asm.example.ma") => new
    {
        description = "Accueil des personnes migrantes à Casablanca.",
        address = "Derb Ghallef, rue 7",
        city = "Casablanca",
        regionsCovered = regions ?? ["MA-04"],
        contactPhone = "05 22 27 41 90",
        contactEmail = email,
        website = "https://asm.example.ma",
        openingHours = "Du mardi au samedi, 10 h – 18 h",
        acceptsReferrals = true,
        version,
    };

    public static Task<Guid> OrganisationIdAsync(this AmudduApp app, string name) =>
        app.QueryAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static async Task<long> ProfileVersionAsync(this HttpClient client, Guid organisationId) =>
        (await client.GetFromJsonAsync<JsonElement>($"{Api}/partners/{organisationId}", Http.Json)).GetProperty("profile").GetProperty("version").GetInt64();

    /// <summary>The demo network: the catalogue then the partners' profiles and capacity, as <c>seed-demo</c> makes them.</summary>
    public static async Task SeedDemoDirectoryAsync(this AmudduApp app)
    {
        await app.SeedDemoCatalogueAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name);
        await DemoDirectory.SeedAsync(db, organisations, app.Clock, CancellationToken.None);
    }
}
