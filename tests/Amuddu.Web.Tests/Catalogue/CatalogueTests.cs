using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Catalogue;

public sealed class CatalogueTests
{
    [Fact]
    public async Task Staff_enter_an_offer_as_a_draft_cleaned_and_audited()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);

        var created = await client.CreateAsync(CatalogueData.Training(app.Today));

        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal("Centre Hay Mohammadi", created.GetProperty("providerName").GetString());
        Assert.Equal("+212522613040", created.GetProperty("contactPhone").GetString());
        Assert.Equal(1, created.GetProperty("version").GetInt64());
        Assert.False(created.GetProperty("stale").GetBoolean());
        Assert.Equal([app.Today.AddDays(10).ToString("yyyy-MM-dd"), app.Today.AddDays(40).ToString("yyyy-MM-dd")],
            created.GetProperty("startDates").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["fr", "ar"], created.GetProperty("texts").EnumerateObject().Select(t => t.Name));
        var id = created.GetProperty("id").GetGuid();

        var read = await (await client.GetAsync($"{CatalogueData.Offers}/{id}")).OkAsync();
        Assert.Equal("الخياطة والتعديل", read.GetProperty("texts").GetProperty("ar").GetProperty("name").GetString());
        Assert.Equal(["AnyStatus", "Women"], read.GetProperty("eligibility").EnumerateArray().Select(e => e.GetString()));
        var stored = await app.QueryAsync(db => db.Offers.AsNoTracking().SingleAsync());
        var organisation = await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.OrganisationId).SingleAsync());
        Assert.Equal(organisation, stored.OrganisationId);
        var audit = Assert.Single(await app.AuditAsync(CatalogueAudit.Created));
        Assert.Equal($"offer {id}", audit.Subject);
        Assert.DoesNotContain("Couture", audit.Detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_wrong_field_is_named_in_the_callers_language()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor, "en");
        var otherSite = await app.QueryAsync(db => db.Sites.Where(s => s.Name == Features.Demo.DemoOrganisations.NgoOffice).Select(s => s.Id).SingleAsync());
        var offer = new Dictionary<string, object?>
        {
            ["kind"] = "VocationalTraining",
            ["providerName"] = new string('p', 201),
            ["siteId"] = otherSite,
            ["regionCode"] = "MA-99",
            ["city"] = " ",
            ["durationHours"] = 0,
            ["durationWeeks"] = -2,
            ["costMad"] = -1,
            ["seats"] = 0,
            ["startDates"] = new[] { app.Today.AddYears(3).ToString("yyyy-MM-dd") },
            ["languages"] = new[] { "fr", "xx" },
            ["requiredDocuments"] = new[] { "LIBRARY_CARD" },
            ["minimumAge"] = 40,
            ["maximumAge"] = 20,
            ["contactPhone"] = "not a phone",
            ["contactEmail"] = "someone@",
            ["url"] = "ftp://files.example.ma",
            ["texts"] = new Dictionary<string, object?>
            {
                ["fr"] = new { description = "Sans nom." },
                ["ar"] = new { name = "تكوين", description = new string('و', 4001) },
                ["de"] = new { name = "Kurs" },
            },
        };

        var problem = await (await client.PostAsJsonAsync(CatalogueData.Offers, offer)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(
            ["city", "contactEmail", "contactPhone", "costMad", "durationHours", "durationWeeks", "languages", "maximumAge", "occupationCode",
                "providerName", "regionCode", "requiredDocuments", "seats", "siteId", "startDates", "texts", "texts.ar.description", "texts.fr.name", "url"],
            problem.Keys());
        Assert.Equal("Name in French is required.", problem.Error("texts.fr.name"));
        Assert.Equal("Description in Arabic is longer than 4000 characters.", problem.Error("texts.ar.description"));
        Assert.Equal("The maximum age must be at least the minimum age.", problem.Error("maximumAge"));
        Assert.Equal("Occupation it leads to is required.", problem.Error("occupationCode"));
        Assert.Equal("Cost to the participant (MAD) must be between 0 and 1000000.", problem.Error("costMad"));
        Assert.Contains("Contact phone is not a phone number", problem.Error("contactPhone"), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Offers.CountAsync()));

        var unknownOccupation = await client.PostAsJsonAsync(CatalogueData.Offers, new Dictionary<string, object?>(CatalogueData.Training(app.Today)) { ["occupationCode"] = "OCC-ASTRONAUT", ["kind"] = null });
        var frenchProblem = await unknownOccupation.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["kind", "occupationCode"], frenchProblem.Keys());
        Assert.Equal("The value of Occupation it leads to is not one of those allowed.", frenchProblem.Error("occupationCode"));

        var unknownEligibility = await client.PostAsync(CatalogueData.Offers, new StringContent(
            JsonSerializer.Serialize(new Dictionary<string, object?>(CatalogueData.Training(app.Today)) { ["eligibility"] = new[] { "Astronauts" } }),
            Encoding.UTF8, "application/json"));
        Assert.Equal(["eligibility"], (await unknownEligibility.ProblemAsync(HttpStatusCode.BadRequest)).Keys());
        var impossibleDate = await client.PostAsync(CatalogueData.Offers, new StringContent(
            JsonSerializer.Serialize(new Dictionary<string, object?>(CatalogueData.Training(app.Today)) { ["startDates"] = new[] { "2026-02-30" } }),
            Encoding.UTF8, "application/json"));
        Assert.Equal(["startDates"], (await impossibleDate.ProblemAsync(HttpStatusCode.BadRequest)).Keys());
    }

    [Fact]
    public async Task Publishing_needs_a_french_description_a_place_and_a_language_then_archive_draft_and_verify_move_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor, "en");
        var bare = new Dictionary<string, object?>(CatalogueData.Training(app.Today))
        {
            ["address"] = null,
            ["languages"] = Array.Empty<string>(),
            ["texts"] = new Dictionary<string, object?> { ["fr"] = new { name = "Couture" } },
        };
        var created = await client.CreateAsync(bare);
        var id = created.GetProperty("id").GetGuid();

        var refused = await (await client.MoveAsync(id, "publish", 1)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["address", "languages", "texts.fr.description"], refused.Keys());
        Assert.Equal("The offer is not complete enough to be published yet.", refused.GetProperty("title").GetString());

        var complete = await (await client.PutAsJsonAsync($"{CatalogueData.Offers}/{id}", new { offer = CatalogueData.Training(app.Today), version = 1 })).OkAsync();
        Assert.Equal(2, complete.GetProperty("version").GetInt64());
        var published = await (await client.MoveAsync(id, "publish", 2)).OkAsync();
        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.Equal(app.Clock.GetUtcNow(), published.GetProperty("publishedAt").GetDateTimeOffset());
        var again = await (await client.MoveAsync(id, "publish", 3)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("The offer is already Published.", again.GetProperty("title").GetString());

        // A published offer stays complete: removing its description is refused until it goes back to draft.
        var stripped = await client.PutAsJsonAsync($"{CatalogueData.Offers}/{id}", new { offer = bare, version = 3 });
        Assert.Equal(["address", "languages", "texts.fr.description"], (await stripped.ProblemAsync(HttpStatusCode.BadRequest)).Keys());

        var archived = await (await client.MoveAsync(id, "archive", 3)).OkAsync();
        Assert.Equal("Archived", archived.GetProperty("status").GetString());
        var draft = await (await client.MoveAsync(id, "draft", 4)).OkAsync();
        Assert.Equal("Draft", draft.GetProperty("status").GetString());

        app.Clock.Advance(TimeSpan.FromDays(3));
        client = await app.ApiClientAsync(Demo.Counsellor, "en");
        var verified = await (await client.MoveAsync(id, "verify", 5)).OkAsync();
        Assert.Equal(app.Today.ToString("yyyy-MM-dd"), verified.GetProperty("lastVerifiedOn").GetString());
        var counsellor = await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.Id).SingleAsync());
        Assert.Equal(counsellor, verified.GetProperty("lastVerifiedBy").GetGuid());
        foreach (var action in new[] { CatalogueAudit.Published, CatalogueAudit.Archived, CatalogueAudit.BackToDraft, CatalogueAudit.Verified, CatalogueAudit.Updated })
        {
            Assert.Single(await app.AuditAsync(action));
        }
    }

    [Fact]
    public async Task A_change_from_a_stale_version_is_refused_and_a_change_to_the_texts_alone_takes_a_new_version()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var created = await client.CreateAsync(CatalogueData.Training(app.Today));
        var id = created.GetProperty("id").GetGuid();
        var offer = CatalogueData.Training(app.Today);
        offer["texts"] = new Dictionary<string, object?>
        {
            ["fr"] = new { name = "Couture et retouche", description = "Autre description." },
            ["en"] = new { name = "Sewing" },
        };

        var updated = await (await client.PutAsJsonAsync($"{CatalogueData.Offers}/{id}", new { offer, version = 1 })).OkAsync();
        Assert.Equal(2, updated.GetProperty("version").GetInt64());
        Assert.Equal(["fr", "en"], updated.GetProperty("texts").EnumerateObject().Select(t => t.Name));
        Assert.Equal(["en", "fr"], await app.QueryAsync(db => db.OfferTexts.Select(t => t.Language).OrderBy(l => l).ToListAsync()));

        var stale = await client.PutAsJsonAsync($"{CatalogueData.Offers}/{id}", new { offer = CatalogueData.Training(app.Today), version = 1 });
        Assert.Equal("https://amuddu.org/problems/conflict", (await stale.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        await (await client.MoveAsync(id, "publish", 1)).ProblemAsync(HttpStatusCode.Conflict);
        await (await client.MoveAsync(id, "verify", 1)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Autre description.", await app.QueryAsync(db => db.OfferTexts.Where(t => t.Language == "fr").Select(t => t.Description).SingleAsync()));
    }

    [Fact]
    public async Task The_list_shows_the_organisations_offers_by_status_and_flags_those_not_checked_for_six_months()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var old = (await client.CreateAsync(CatalogueData.Training(app.Today, "Ancienne"))).GetProperty("id").GetGuid();
        app.Clock.Advance(TimeSpan.FromDays(190));
        client = await app.ApiClientAsync(Demo.Counsellor);
        var published = await client.PublishedAsync(CatalogueData.Training(app.Today, "Récente"));

        var all = await (await client.GetAsync(CatalogueData.Offers)).OkAsync();
        Assert.Equal([published, old], all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal([false, true], all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("stale").GetBoolean()));
        Assert.Equal("Récente", all.GetProperty("items")[0].GetProperty("name").GetString());

        async Task<Guid[]> Ids(string query) =>
            [.. (await (await client.GetAsync($"{CatalogueData.Offers}?{query}")).OkAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
        Assert.Equal([old], await Ids("stale=true"));
        Assert.Equal([published], await Ids("stale=false"));
        Assert.Equal([published], await Ids("status=Published"));
        Assert.Equal([old], await Ids("status=Draft&stale=true"));
        Assert.Empty(await Ids("status=Archived"));

        await (await client.MoveAsync(old, "verify", 1)).OkAsync();
        Assert.Empty(await Ids("stale=true"));
        Assert.Equal(["status"], (await (await client.GetAsync($"{CatalogueData.Offers}?status=Lost")).ProblemAsync(HttpStatusCode.BadRequest)).Keys());
    }

    [Fact]
    public async Task Another_organisations_offer_is_not_found_on_any_endpoint_nor_in_its_list()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var id = (await client.CreateAsync(CatalogueData.Training(app.Today))).GetProperty("id").GetGuid();
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);

        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"{CatalogueData.Offers}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.PutAsJsonAsync($"{CatalogueData.Offers}/{id}", new { offer = CatalogueData.Training(app.Today), version = 1 })).StatusCode);
        foreach (var action in new[] { "publish", "archive", "draft", "verify" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ngo.MoveAsync(id, action, 1)).StatusCode);
        }

        Assert.Empty((await (await ngo.GetAsync(CatalogueData.Offers)).OkAsync()).GetProperty("items").EnumerateArray());
        var stored = await app.QueryAsync(db => db.Offers.AsNoTracking().SingleAsync());
        Assert.Equal((OfferStatus.Draft, 1L), (stored.Status, stored.Version));
    }

    [Fact]
    public async Task Only_offer_editors_reach_the_staff_api()
    {
        await using var app = await AmudduApp.StartAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync(Demo.Analyst)).GetAsync(CatalogueData.Offers)).StatusCode);
        await (await app.CreateClient().GetAsync(CatalogueData.Offers)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientAsync(Demo.Caseworker)).GetAsync(CatalogueData.Offers)).StatusCode);
    }
}
