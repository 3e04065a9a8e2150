using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Directory;
using Amuddu.Web.Tests.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.PartnerDirectory.DirectoryData;

namespace Amuddu.Web.Tests.PartnerDirectory;

public sealed class DirectoryTests
{
    private static async Task<JsonElement> SearchAsync(HttpClient client, string query = "") =>
        await (await client.GetAsync($"{Api}/services{query}")).OkAsync();

    private static string[] Names(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Search_finds_published_services_by_need_region_covered_language_and_folded_words()
    {
        await using var app = await AmudduApp.StartAsync();
        var anapec = await app.ApiClientAsync(Demo.Counsellor, "fr");
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor, "fr");
        var sewing = await anapec.PublishedAsync(CatalogueData.Training(app.Today));
        var draft = (await anapec.CreateAsync(CatalogueData.Training(app.Today, name: "Soudure en brouillon"))).GetProperty("id").GetGuid();
        var legal = await ngo.PublishedAsync(LegalAid(app.Today));
        var ngoId = await app.OrganisationIdAsync(DemoOrganisations.Ngo);
        (await ngo.PutAsJsonAsync($"{Api}/partners/mine", Profile(await ngo.ProfileVersionAsync(ngoId), regions: ["MA-04"]))).EnsureSuccessStatusCode();

        // Only published offers, never the draft.
        Assert.Equal(["Aide à l'État civil", "Couture et retouche"], Names(await SearchAsync(anapec)));
        Assert.Equal(HttpStatusCode.NotFound, (await anapec.GetAsync($"{Api}/services/{draft}")).StatusCode);

        Assert.Equal(["Aide à l'État civil"], Names(await SearchAsync(anapec, "?need=LegalAid")));
        Assert.Equal(["Couture et retouche"], Names(await SearchAsync(anapec, "?need=VocationalTraining")));
        // Both offers are given in Casablanca; only the association covers Rabat-Salé-Kénitra.
        Assert.Equal(["Aide à l'État civil", "Couture et retouche"], Names(await SearchAsync(anapec, "?region=MA-06")));
        Assert.Equal(["Aide à l'État civil"], Names(await SearchAsync(anapec, "?region=MA-04")));
        Assert.Empty(Names(await SearchAsync(anapec, "?region=MA-01")));
        Assert.Equal(["Aide à l'État civil"], Names(await SearchAsync(anapec, "?language=en")));
        Assert.Equal(["Couture et retouche"], Names(await SearchAsync(anapec, "?language=ary")));
        Assert.Equal(["Aide à l'État civil"], Names(await SearchAsync(anapec, "?q=ETAT%20civil")));
        Assert.Equal(["Couture et retouche"], Names(await SearchAsync(anapec, $"?q={Uri.EscapeDataString("الخِيَاطة")}")));
        Assert.Equal(["Aide à l'État civil"], Names(await SearchAsync(anapec, "?q=solidarite")));
        Assert.Empty(Names(await SearchAsync(anapec, "?need=LegalAid&region=MA-01")));

        var problem = await (await anapec.GetAsync($"{Api}/services?need=Shelter&region=MA-99&language=xx")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["language", "need", "region"], problem.Keys());

        // The item: the offer's words, its partner, and the organisation's contact where the offer has none.
        var item = (await SearchAsync(anapec, "?need=LegalAid")).GetProperty("items")[0];
        Assert.Equal(legal, item.GetProperty("id").GetGuid());
        Assert.Equal("LegalAid", item.GetProperty("kind").GetString());
        Assert.Equal(ngoId, item.GetProperty("partner").GetProperty("id").GetGuid());
        Assert.Equal(DemoOrganisations.Ngo, item.GetProperty("partner").GetProperty("name").GetString());
        Assert.Equal("Ngo", item.GetProperty("partner").GetProperty("kind").GetString());
        Assert.Equal(("Casablanca", "MA-06"), (item.GetProperty("city").GetString(), item.GetProperty("regionCode").GetString()));
        Assert.Equal(["MA-04"], item.GetProperty("regionsCovered").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["RefugeesAndAsylumSeekers"], item.GetProperty("eligibility").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("Mercredi, 10 h – 15 h", item.GetProperty("openingHours").GetString());
        Assert.Equal("accueil@asm.example.ma", item.GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal("+212522613040", item.GetProperty("contact").GetProperty("phone").GetString());
        Assert.True(item.GetProperty("acceptsReferrals").GetBoolean());
        Assert.False(item.GetProperty("stale").GetBoolean());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("capacity").GetProperty("seatsLeft").ValueKind);

        // The words in the reader's language, else French; hours from the organisation when the offer gives none.
        var inEnglish = await (await (await app.ApiClientAsync(Demo.Analyst, "en")).GetAsync($"{Api}/services/{legal}")).OkAsync();
        Assert.Equal(("Civil status help", "en"), (inEnglish.GetProperty("name").GetString(), inEnglish.GetProperty("nameLanguage").GetString()));
        Assert.Equal("Mercredi, 10 h – 15 h", inEnglish.GetProperty("schedule").GetString());
        var sewingInEnglish = await (await (await app.ApiClientAsync(Demo.Analyst, "en")).GetAsync($"{Api}/services/{sewing}")).OkAsync();
        Assert.Equal(("Couture et retouche", "fr"), (sewingInEnglish.GetProperty("name").GetString(), sewingInEnglish.GetProperty("nameLanguage").GetString()));
    }

    [Fact]
    public async Task A_service_and_a_profile_not_checked_for_six_months_are_flagged_stale()
    {
        await using var app = await AmudduApp.StartAsync();
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);
        var legal = await ngo.PublishedAsync(LegalAid(app.Today));
        var ngoId = await app.OrganisationIdAsync(DemoOrganisations.Ngo);
        (await ngo.PutAsJsonAsync($"{Api}/partners/mine", Profile(await ngo.ProfileVersionAsync(ngoId)))).EnsureSuccessStatusCode();
        var checkedOn = app.Today;
        Assert.False((await (await ngo.GetAsync($"{Api}/services/{legal}")).OkAsync()).GetProperty("stale").GetBoolean());

        app.Clock.Advance(TimeSpan.FromDays(150));
        ngo = await app.ApiClientAsync(Demo.NgoCounsellor);
        Assert.False((await (await ngo.GetAsync($"{Api}/services/{legal}")).OkAsync()).GetProperty("stale").GetBoolean());

        app.Clock.Advance(TimeSpan.FromDays(40));
        var reader = await app.ApiClientAsync(Demo.Caseworker);
        var service = await (await reader.GetAsync($"{Api}/services/{legal}")).OkAsync();
        Assert.True(service.GetProperty("stale").GetBoolean());
        var partner = await (await reader.GetAsync($"{Api}/partners/{ngoId}")).OkAsync();
        Assert.True(partner.GetProperty("profile").GetProperty("stale").GetBoolean());
        Assert.Equal(checkedOn.ToString("yyyy-MM-dd"), partner.GetProperty("profile").GetProperty("profileVerifiedOn").GetString());
        Assert.True(partner.GetProperty("services")[0].GetProperty("stale").GetBoolean());
    }

    [Fact]
    public async Task The_profile_is_kept_by_its_own_organisation_with_each_bad_field_named_and_a_stale_version_refused()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.NgoAdmin, "fr");
        var ngoId = await app.OrganisationIdAsync(DemoOrganisations.Ngo);
        var version = await admin.ProfileVersionAsync(ngoId);

        var bad = new
        {
            description = new string('d', 2001), address = new string('a', 301), city = new string('c', 101), regionsCovered = new[] { "MA-04", "MA-99" },
            contactPhone = "12", contactEmail = "accueil@", website = "ftp://asm", openingHours = new string('h', 301), acceptsReferrals = true, version,
        };
        var problem = await (await admin.PutAsJsonAsync($"{Api}/partners/mine", bad)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["address", "city", "contactEmail", "contactPhone", "description", "openingHours", "regionsCovered", "website"], problem.Keys());
        Assert.Equal("Le champ « E-mail de l'organisation » n'est pas une adresse e-mail valide.", problem.Error("contactEmail"));
        Assert.Equal("La valeur du champ « Régions couvertes » n'est pas dans la liste permise.", problem.Error("regionsCovered"));

        var saved = await (await admin.PutAsJsonAsync($"{Api}/partners/mine", Profile(version, regions: ["MA-04", "MA-06", "MA-04"]))).OkAsync();
        Assert.Equal("+212522274190", saved.GetProperty("contact").GetProperty("phone").GetString());
        Assert.Equal(["MA-04", "MA-06"], saved.GetProperty("regionsCovered").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(app.Today.ToString("yyyy-MM-dd"), saved.GetProperty("profileVerifiedOn").GetString());
        Assert.NotEqual(version, saved.GetProperty("version").GetInt64());
        var audit = Assert.Single(await app.AuditAsync(DirectoryAudit.ProfileUpdated));
        Assert.Equal($"organisation {ngoId}", audit.Subject);

        var stale = await (await admin.PutAsJsonAsync($"{Api}/partners/mine", Profile(version))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("https://amuddu.org/problems/conflict", stale.GetProperty("type").GetString());

        // Only the catalogue roles keep it: an analyst reads the directory but changes nothing.
        var analyst = await app.ApiClientAsync(Demo.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync($"{Api}/partners/mine", Profile(version))).StatusCode);

        // The partners: by region (head office or covered) and kind, never employers or donors.
        var rabat = await (await analyst.GetAsync($"{Api}/partners?region=MA-04")).OkAsync();
        var names = rabat.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains(DemoOrganisations.Ngo, names);
        Assert.Contains(DemoOrganisations.RabatFoundation, names);
        Assert.DoesNotContain(DemoOrganisations.Donor, names);
        var all = await (await analyst.GetAsync($"{Api}/partners")).OkAsync();
        Assert.DoesNotContain(all.EnumerateArray(), p => p.GetProperty("kind").GetString() is "Employer" or "Donor");
        Assert.Equal(3, (await (await analyst.GetAsync($"{Api}/partners?kind=Ngo")).OkAsync()).GetArrayLength());
        Assert.Equal(["kind", "region"], (await (await analyst.GetAsync($"{Api}/partners?kind=Employer&region=XX")).ProblemAsync(HttpStatusCode.BadRequest)).Keys());
        var employer = await app.OrganisationIdAsync(DemoOrganisations.Employer);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"{Api}/partners/{employer}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"{Api}/partners/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Capacity_is_given_by_the_offer_s_own_organisation_only()
    {
        await using var app = await AmudduApp.StartAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "fr");
        var created = await counsellor.CreateAsync(CatalogueData.Training(app.Today));
        var offerId = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt64();
        var url = $"{Api}/services/{offerId}/capacity";

        var problem = await (await counsellor.PutAsJsonAsync(url, new { seatsLeft = -1, waitingWeeks = 105, version })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["seatsLeft", "waitingWeeks"], problem.Keys());
        Assert.Equal("Le champ « Attente (semaines) » doit être entre 0 et 104.", problem.Error("waitingWeeks"));

        // Another organisation's offer is answered like one that does not exist.
        var stranger = await app.ApiClientAsync(Demo.NgoCounsellor);
        var theirs = await stranger.PutAsJsonAsync(url, new { seatsLeft = 3, waitingWeeks = 0, version });
        var missing = await stranger.PutAsJsonAsync($"{Api}/services/{Guid.NewGuid()}/capacity", new { seatsLeft = 3, waitingWeeks = 0, version });
        var theirProblem = await theirs.ProblemAsync(HttpStatusCode.NotFound);
        var missingProblem = await missing.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(missingProblem.GetProperty("title").GetString(), theirProblem.GetProperty("title").GetString());
        Assert.Equal(missingProblem.GetProperty("type").GetString(), theirProblem.GetProperty("type").GetString());

        var saved = await (await counsellor.PutAsJsonAsync(url, new { seatsLeft = 4, waitingWeeks = 2, version })).OkAsync();
        Assert.Equal(4, saved.GetProperty("capacity").GetProperty("seatsLeft").GetInt32());
        var offer = await app.QueryAsync(db => db.Offers.AsNoTracking().SingleAsync());
        Assert.Equal((4, 2), (offer.SeatsLeft, offer.WaitingWeeks));
        Assert.Equal(app.Clock.GetUtcNow(), offer.CapacityUpdatedAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Single(await app.AuditAsync(DirectoryAudit.CapacityUpdated));

        // The version read is the offer's, as for any change to it.
        await (await counsellor.PutAsJsonAsync(url, new { seatsLeft = 0, waitingWeeks = 6, version })).ProblemAsync(HttpStatusCode.Conflict);
        var newVersion = saved.GetProperty("version").GetInt64();
        await (await counsellor.MoveAsync(offerId, "publish", newVersion)).OkAsync();
        var item = (await SearchAsync(stranger)).GetProperty("items")[0].GetProperty("capacity");
        Assert.Equal((4, 2), (item.GetProperty("seatsLeft").GetInt32(), item.GetProperty("waitingWeeks").GetInt32()));

        var analyst = await app.ApiClientAsync(Demo.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync(url, new { seatsLeft = 1, waitingWeeks = 0, version = newVersion })).StatusCode);
    }

    [Fact]
    public async Task Every_staff_role_reads_the_directory_and_anonymous_is_refused()
    {
        await using var app = await AmudduApp.StartAsync();
        var legal = await (await app.ApiClientAsync(Demo.NgoCounsellor)).PublishedAsync(LegalAid(app.Today));
        var ngoId = await app.OrganisationIdAsync(DemoOrganisations.Ngo);
        foreach (var who in new[] { Demo.Analyst, Demo.Caseworker, Demo.Counsellor, Demo.Admin })
        {
            var client = await app.ApiClientAsync(who);
            Assert.Equal(1, (await SearchAsync(client)).GetProperty("total").GetInt32());
            await (await client.GetAsync($"{Api}/services/{legal}")).OkAsync();
            await (await client.GetAsync($"{Api}/partners/{ngoId}")).OkAsync();
            await (await client.GetAsync($"{Api}/partners")).OkAsync();
        }

        var anonymous = app.CreateClient();
        foreach (var url in new[] { $"{Api}/services", $"{Api}/services/{legal}", $"{Api}/partners", $"{Api}/partners/{ngoId}" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync($"{Api}/partners/mine", Profile(1))).StatusCode);
        var browser = app.CreateBrowser();
        foreach (var page in new[] { "/directory", $"/directory/partners/{ngoId}", "/directory/profile" })
        {
            var response = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/sign-in", response.Target(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_demo_network_spans_two_regions_with_profiles_capacity_and_stale_entries()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedDemoDirectoryAsync();
        var analyst = await app.ApiClientAsync(Demo.Analyst, "ar");

        var partners = await (await analyst.GetAsync($"{Api}/partners")).OkAsync();
        Assert.Equal(6, partners.GetArrayLength());
        Assert.All(partners.EnumerateArray(), p => Assert.False(string.IsNullOrEmpty(p.GetProperty("description").GetString())));
        Assert.Contains(partners.EnumerateArray(), p => p.GetProperty("stale").GetBoolean());
        foreach (var region in new[] { "MA-04", "MA-06" })
        {
            var here = await (await analyst.GetAsync($"{Api}/partners?region={region}")).OkAsync();
            Assert.True(here.GetArrayLength() >= 4, region);
        }

        var legal = await (await analyst.GetAsync($"{Api}/services?need=LegalAid&region=MA-04")).OkAsync();
        Assert.Contains(legal.GetProperty("items").EnumerateArray(), s => s.GetProperty("partner").GetProperty("name").GetString() == DemoOrganisations.LegalAid);
        var offers = await app.QueryAsync(db => db.Offers.AsNoTracking().Where(o => o.Status == Features.Catalogue.OfferStatus.Published).ToListAsync());
        Assert.Contains(offers, o => o.SeatsLeft == 0);
        Assert.Contains(offers, o => o.SeatsLeft > 0);
        Assert.Contains(offers, o => o.CapacityUpdatedAt is null);
        Assert.Contains(offers, o => o.OrganisationId == partners.EnumerateArray().First(p => p.GetProperty("name").GetString() == DemoOrganisations.LegalAid).GetProperty("id").GetGuid()
            && Features.Catalogue.Staleness.IsStale(o, app.Today));

        var browser = app.CreateBrowser("ar");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = await (await browser.GetAsync("/directory?region=MA-04")).ReadHtmlAsync();
        Assert.Contains("dir=\"rtl\"", page, StringComparison.Ordinal);
        Assert.Contains("الفرنسية لغة الاستقبال", page, StringComparison.Ordinal);
        Assert.Contains("class=\"stale-flag\"", page, StringComparison.Ordinal);
    }
}
