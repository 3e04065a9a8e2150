using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Hsds;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Hsds;

public sealed class HsdsTests
{
    private static readonly Guid KindTraining = HsdsVocabularies.TermId(HsdsVocabulary.OfferKind, nameof(OfferKind.VocationalTraining));

    /// <summary>Seeds offers of the demo employment service directly, the catalogue's own API not being part of this area.</summary>
    private static async Task<List<Offer>> SeedAsync(AmudduApp app, params (string Name, OfferStatus Status, OfferKind Kind)[] offers)
    {
        return await app.QueryAsync(async db =>
        {
            var organisationId = await db.Organisations.Where(o => o.Name == DemoOrganisations.Anapec).Select(o => o.Id).SingleAsync();
            var added = offers.Select((o, i) => new Offer
            {
                OrganisationId = organisationId,
                Kind = o.Kind,
                Status = o.Status,
                RegionCode = "MA-06",
                City = "Casablanca",
                Address = $"{12 + i} rue Ibnou Mounir, Maârif",
                OccupationCode = o.Kind == OfferKind.VocationalTraining ? "OCC-WEB-DEV" : null,
                DurationHours = 120,
                DurationWeeks = 8,
                CostMad = i * 150,
                GrantAvailable = i == 0,
                Seats = 20,
                StartDates = [new DateOnly(2027, 1, 11), new DateOnly(2027, 3, 1)],
                Languages = ["fr", "ar"],
                RequiredDocuments = ["PASSPORT", "RESIDENCE_CARD"],
                Eligibility = [Eligibility.AnyStatus, Eligibility.Youth],
                MinimumAge = 18,
                MaximumAge = 35,
                ContactPhone = "+212522000000",
                ContactEmail = "formation@anapec.example",
                Url = "https://www.anapec.example/offres",
                LastVerifiedOn = new DateOnly(2026, 11, 2),
                Texts =
                [
                    new OfferText { Language = "fr", Name = o.Name, Description = "Une formation qualifiante.", Schedule = "Lundi au vendredi, 9 h – 13 h", EntryRequirements = "Savoir lire le français." },
                    new OfferText { Language = "ar", Name = "عربي " + o.Name, Description = "تكوين مؤهل." },
                    new OfferText { Language = "en", Name = "English " + o.Name },
                ],
            }).ToList();
            db.Offers.AddRange(added);
            await db.SaveChangesAsync();
            return added;
        });
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<JsonElement> Contents(JsonElement page) => [.. page.GetProperty("contents").EnumerateArray()];

    [Fact]
    public async Task The_read_only_endpoints_publish_only_published_offers_in_the_official_shapes()
    {
        await using var app = await AmudduApp.StartAsync();
        var offers = await SeedAsync(app,
            ("Développement web", OfferStatus.Published, OfferKind.VocationalTraining),
            ("Cours de darija", OfferStatus.Published, OfferKind.LanguageCourse),
            ("Brouillon secret", OfferStatus.Draft, OfferKind.LegalAid));
        var client = app.CreateClient();

        var info = await GetJsonAsync(client, "/api/v1/hsds/");
        Assert.Equal("3.0", info.GetProperty("version").GetString());
        Assert.StartsWith("http", info.GetProperty("openapi_url").GetString());

        var services = await GetJsonAsync(client, "/api/v1/hsds/services");
        Assert.Equal(2, services.GetProperty("total_items").GetInt32());
        foreach (var service in Contents(services))
        {
            HsdsSchemas.AssertValid("service.json", service);
        }

        Assert.DoesNotContain(Contents(services), s => s.GetProperty("name").GetString() == "Brouillon secret");
        await (await client.GetAsync($"/api/v1/hsds/services/{offers[2].Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/hsds/services/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);

        var full = await GetJsonAsync(client, $"/api/v1/hsds/services/{offers[0].Id}");
        HsdsSchemas.AssertValid("service.json", full);
        Assert.Equal("Développement web", full.GetProperty("name").GetString());
        Assert.Equal("active", full.GetProperty("status").GetString());
        Assert.Equal("2026-11-02", full.GetProperty("assured_date").GetString());
        Assert.Equal(18, full.GetProperty("minimum_age").GetInt32());
        Assert.Equal("Savoir lire le français.", full.GetProperty("eligibility_description").GetString());
        Assert.Equal(["fr", "ar"], full.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        Assert.Equal("Passeport", full.GetProperty("required_documents")[0].GetProperty("document").GetString());
        Assert.Equal("MAD", full.GetProperty("cost_options")[0].GetProperty("currency").GetString());
        var address = full.GetProperty("service_at_locations")[0].GetProperty("location").GetProperty("addresses")[0];
        Assert.Equal("Casablanca", address.GetProperty("city").GetString());
        Assert.Equal("MA-06", address.GetProperty("state_province").GetString());
        var terms = full.GetProperty("attributes").EnumerateArray().Select(a => a.GetProperty("taxonomy_term").GetProperty("code").GetString()).ToList();
        Assert.Contains("amuddu-offer-kind/VocationalTraining", terms);
        Assert.Contains("isco-08/OCC-WEB-DEV", terms);
        Assert.Contains("amuddu-eligibility/Youth", terms);

        var organizations = await GetJsonAsync(client, "/api/v1/hsds/organizations");
        var organization = Assert.Single(Contents(organizations));
        HsdsSchemas.AssertValid("organization.json", organization);
        Assert.Equal(DemoOrganisations.Anapec, organization.GetProperty("name").GetString());
        HsdsSchemas.AssertValid("organization.json", await GetJsonAsync(client, $"/api/v1/hsds/organizations/{organization.GetProperty("id").GetString()}"));
        await (await client.GetAsync($"/api/v1/hsds/organizations/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);

        var pairs = await GetJsonAsync(client, "/api/v1/hsds/service_at_locations");
        Assert.Equal(2, pairs.GetProperty("total_items").GetInt32());
        foreach (var pair in Contents(pairs))
        {
            HsdsSchemas.AssertValid("service_at_location.json", pair);
        }

        var one = await GetJsonAsync(client, $"/api/v1/hsds/service_at_locations/{Contents(pairs)[0].GetProperty("id").GetString()}");
        HsdsSchemas.AssertValid("service_at_location.json", one);
        await (await client.GetAsync($"/api/v1/hsds/service_at_locations/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);

        var taxonomies = await GetJsonAsync(client, "/api/v1/hsds/taxonomies");
        Assert.Equal(4, taxonomies.GetProperty("total_items").GetInt32());
        foreach (var taxonomy in Contents(taxonomies))
        {
            HsdsSchemas.AssertValid("taxonomy.json", taxonomy);
            HsdsSchemas.AssertValid("taxonomy.json", await GetJsonAsync(client, $"/api/v1/hsds/taxonomies/{taxonomy.GetProperty("id").GetString()}"));
        }

        await (await client.GetAsync($"/api/v1/hsds/taxonomies/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        var kinds = await GetJsonAsync(client, $"/api/v1/hsds/taxonomy_terms?taxonomy_id={HsdsVocabularies.TaxonomyId(HsdsVocabulary.OfferKind)}");
        Assert.Equal(Enum.GetValues<OfferKind>().Length, kinds.GetProperty("total_items").GetInt32());
        foreach (var term in Contents(kinds))
        {
            HsdsSchemas.AssertValid("taxonomy_term.json", term);
        }

        var term1 = await GetJsonAsync(client, $"/api/v1/hsds/taxonomy_terms/{KindTraining}");
        HsdsSchemas.AssertValid("taxonomy_term.json", term1);
        Assert.Equal("Formation professionnelle", term1.GetProperty("name").GetString());
        await (await client.GetAsync($"/api/v1/hsds/taxonomy_terms/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        var occupations = await GetJsonAsync(client, "/api/v1/hsds/taxonomy_terms?search=developpeur%20web");
        Assert.Contains(Contents(occupations), t => t.GetProperty("code").GetString() == "isco-08/OCC-WEB-DEV");
    }

    [Fact]
    public async Task Lists_are_paged_and_filtered_and_bad_parameters_are_named()
    {
        await using var app = await AmudduApp.StartAsync();
        await SeedAsync(app,
            ("Soudure", OfferStatus.Published, OfferKind.VocationalTraining),
            ("Cuisine", OfferStatus.Published, OfferKind.VocationalTraining),
            ("Permanence juridique", OfferStatus.Published, OfferKind.LegalAid));
        var client = app.CreateClient();

        var first = await GetJsonAsync(client, "/api/v1/hsds/services?per_page=2");
        Assert.Equal(3, first.GetProperty("total_items").GetInt32());
        Assert.Equal(2, first.GetProperty("total_pages").GetInt32());
        Assert.Equal(2, first.GetProperty("size").GetInt32());
        Assert.True(first.GetProperty("first_page").GetBoolean());
        Assert.False(first.GetProperty("last_page").GetBoolean());
        var second = await GetJsonAsync(client, "/api/v1/hsds/services?per_page=2&page=2");
        Assert.Equal(1, second.GetProperty("size").GetInt32());
        Assert.True(second.GetProperty("last_page").GetBoolean());
        var beyond = await GetJsonAsync(client, "/api/v1/hsds/services?per_page=2&page=5");
        Assert.True(beyond.GetProperty("empty").GetBoolean());

        var trainings = await GetJsonAsync(client, $"/api/v1/hsds/services?taxonomy_term_id={KindTraining}");
        Assert.Equal(2, trainings.GetProperty("total_items").GetInt32());
        var searched = await GetJsonAsync(client, "/api/v1/hsds/services?search=juridique");
        Assert.Equal("Permanence juridique", Assert.Single(Contents(searched)).GetProperty("name").GetString());
        var legalPairs = await GetJsonAsync(client, $"/api/v1/hsds/service_at_locations?taxonomy_id={HsdsVocabularies.TaxonomyId(HsdsVocabulary.OfferKind)}&search=cuisine");
        Assert.Equal(1, legalPairs.GetProperty("total_items").GetInt32());
        var nested = await GetJsonAsync(client, "/api/v1/hsds/services?full=true&per_page=1");
        Assert.True(Contents(nested)[0].TryGetProperty("attributes", out _));

        var problem = await (await client.GetAsync("/api/v1/hsds/services?page=0&per_page=abc&taxonomy_term_id=nope&modified_after=hier&full=maybe"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "page", "per_page", "taxonomy_term_id", "modified_after", "full" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        await (await client.GetAsync("/api/v1/hsds/taxonomy_terms?per_page=1000")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync("/api/v1/hsds/export?format=xml")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Texts_come_in_the_asked_language_French_by_default()
    {
        await using var app = await AmudduApp.StartAsync();
        var offers = await SeedAsync(app, ("Électricité du bâtiment", OfferStatus.Published, OfferKind.VocationalTraining));
        var url = $"/api/v1/hsds/services/{offers[0].Id}";

        Assert.Equal("Électricité du bâtiment", (await GetJsonAsync(app.CreateClient(), url)).GetProperty("name").GetString());
        var arabic = await GetJsonAsync(app.CreateClient(), url + "?lang=ar");
        Assert.Equal("عربي Électricité du bâtiment", arabic.GetProperty("name").GetString());
        Assert.Contains(arabic.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("taxonomy_term").GetProperty("name").GetString() == "التكوين المهني");
        Assert.Equal("English Électricité du bâtiment", (await GetJsonAsync(app.CreateBrowser("en"), url)).GetProperty("name").GetString());
        var problem = await (await app.CreateClient().GetAsync(url + "?lang=de")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("lang", out _));
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] package, string mediaType, string? lang = null)
    {
        var content = new ByteArrayContent(package);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return await client.PostAsync("/api/v1/hsds/import" + (lang is null ? "" : $"?lang={lang}"), content);
    }

    /// <summary>What must survive a round trip: every field of every service, the ids of the copies aside.</summary>
    private static List<string> Comparable(JsonNode package)
    {
        var services = package["service"]!.AsArray();
        return services.Select(s =>
        {
            var id = s!["id"]!.GetValue<string>();
            string Of(string table, params string[] fields) => string.Join(",", package[table]!.AsArray()
                .Where(r => r!["service_id"]?.GetValue<string>() == id || r!["link_id"]?.GetValue<string>() == id)
                .Select(r => string.Join("/", fields.Select(f => r![f]?.ToJsonString())))
                .Order(StringComparer.Ordinal));
            var location = package["service_at_location"]!.AsArray().Single(p => p!["service_id"]!.GetValue<string>() == id)!["location_id"]!.GetValue<string>();
            var address = package["address"]!.AsArray().Single(a => a!["location_id"]!.GetValue<string>() == location)!;
            var copy = s.DeepClone().AsObject();
            copy.Remove("id");
            copy.Remove("last_modified");
            return string.Join(" | ", copy.ToJsonString(), Of("attribute", "taxonomy_term_id", "value"), Of("language", "code"),
                Of("required_document", "document"), Of("cost_option", "amount", "currency"), Of("phone", "number"), Of("schedule", "description"),
                address["city"]!.ToJsonString(), address["state_province"]!.ToJsonString(), address["address_1"]!.ToJsonString());
        }).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Our_json_export_validates_and_round_trips_through_another_organisation()
    {
        await using var app = await AmudduApp.StartAsync();
        var offers = await SeedAsync(app,
            ("Développement web", OfferStatus.Published, OfferKind.VocationalTraining),
            ("Accompagnement à la création d'entreprise", OfferStatus.Published, OfferKind.SelfEmploymentSupport),
            ("Brouillon", OfferStatus.Draft, OfferKind.LegalAid));
        var exported = await (await app.CreateClient().GetAsync("/api/v1/hsds/export?format=json")).Content.ReadAsByteArrayAsync();
        var package = JsonNode.Parse(exported)!;
        HsdsSchemas.AssertValid("tabular.json", JsonDocument.Parse(exported).RootElement);
        Assert.Equal(2, package["service"]!.AsArray().Count);
        Assert.DoesNotContain("Brouillon\"", Encoding.UTF8.GetString(exported));

        var ngo = await app.ApiClientAsync(Demo.NgoAdmin);
        var response = await ImportAsync(ngo, exported, "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("created").GetInt32());

        var again = await (await ImportAsync(ngo, exported, "application/json")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(2, again.GetProperty("updated").GetInt32());

        var copies = await app.QueryAsync(db => db.Offers.Include(o => o.Texts).Where(o => o.HsdsServiceId != null).ToListAsync());
        Assert.Equal(2, copies.Count);
        Assert.All(copies, c => Assert.Equal(OfferStatus.Draft, c.Status));
        Assert.All(copies, c => Assert.Equal(DemoOrganisations.Anapec, c.ProviderName));
        Assert.Contains(copies, c => c.HsdsServiceId == offers[0].Id && c.OccupationCode == "OCC-WEB-DEV" && c.StartDates.Count == 2 && c.GrantAvailable);
        Assert.Single(await app.AuditAsync(HsdsAudit.Imported), e => e.Detail == "created=2;updated=0;language=fr");

        // Publish the copies in place of the originals: the directory shows the same services.
        await app.QueryAsync(async db =>
        {
            foreach (var offer in await db.Offers.ToListAsync())
            {
                offer.Status = offer.HsdsServiceId is null ? OfferStatus.Archived : OfferStatus.Published;
            }

            return await db.SaveChangesAsync();
        });
        var reexported = JsonNode.Parse(await (await app.CreateClient().GetAsync("/api/v1/hsds/export?format=json")).Content.ReadAsByteArrayAsync())!;
        Assert.Equal(Comparable(package), Comparable(reexported));
    }

    [Fact]
    public async Task The_csv_package_is_a_zip_of_tables_with_a_descriptor_and_imports_the_same()
    {
        await using var app = await AmudduApp.StartAsync();
        await SeedAsync(app, ("Couture, retouche", OfferStatus.Published, OfferKind.VocationalTraining));
        var response = await app.CreateClient().GetAsync("/api/v1/hsds/export?format=csv&lang=ar");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var zipped = await response.Content.ReadAsByteArrayAsync();
        using (var zip = new ZipArchive(new MemoryStream(zipped)))
        {
            var descriptor = JsonNode.Parse(zip.GetEntry("datapackage.json")!.Open())!;
            Assert.Equal("tabular-data-package", descriptor["profile"]!.GetValue<string>());
            Assert.Contains(descriptor["resources"]!.AsArray(), r => r!["path"]!.GetValue<string>() == "services.csv");
            using var services = new StreamReader(zip.GetEntry("services.csv")!.Open());
            var header = await services.ReadLineAsync();
            Assert.StartsWith("id,organization_id,program_id,name,", header);
            Assert.Contains("\"عربي Couture, retouche\"", await services.ReadToEndAsync());
        }

        var ngo = await app.ApiClientAsync(Demo.NgoAdmin);
        var imported = await ImportAsync(ngo, zipped, "application/zip", "ar");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var copy = await app.QueryAsync(db => db.Offers.Include(o => o.Texts).SingleAsync(o => o.HsdsServiceId != null));
        Assert.Equal("عربي Couture, retouche", Assert.Single(copy.Texts).Name);
        Assert.Equal("ar", copy.Texts[0].Language);
        Assert.Equal(["fr", "ar"], copy.Languages);
        Assert.Equal(["PASSPORT", "RESIDENCE_CARD"], copy.RequiredDocuments);

        // The French package of the same directory adds the French words to the same offer.
        var french = await (await app.CreateClient().GetAsync("/api/v1/hsds/export?format=csv")).Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(ngo, french, "application/zip")).StatusCode);
        var both = await app.QueryAsync(db => db.Offers.Include(o => o.Texts).SingleAsync(o => o.HsdsServiceId != null));
        Assert.Equal(["ar", "fr"], both.Texts.Select(t => t.Language).Order());
    }

    private static readonly string PartnerOrganization = "0c5b1a52-3e0f-4f43-9c1e-7d0b8a1f2a11";
    private static readonly string PartnerService = "4a2f4c6e-2b7d-4b0e-8f1a-6e3d2c1b0a99";
    private static readonly string PartnerLocation = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";

    /// <summary>A partner's directory as one would write it by hand: their own ids and taxonomy, our kind term by its code.</summary>
    private static JsonObject PartnerPackage() => new()
    {
        ["organization"] = new JsonArray(new JsonObject { ["id"] = PartnerOrganization, ["name"] = "Centre de formation Al Amal", ["description"] = "Centre de formation associatif à Rabat." }),
        ["service"] = new JsonArray(new JsonObject
        {
            ["id"] = PartnerService, ["organization_id"] = PartnerOrganization, ["name"] = "Cours de français langue étrangère",
            ["description"] = "Deux soirs par semaine.", ["status"] = "active", ["minimum_age"] = 16, ["email"] = "contact@alamal.example",
        }),
        ["location"] = new JsonArray(new JsonObject { ["id"] = PartnerLocation, ["location_type"] = "physical", ["name"] = "Centre Al Amal" }),
        ["address"] = new JsonArray(new JsonObject
        {
            ["id"] = "1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6", ["location_id"] = PartnerLocation, ["address_1"] = "5 avenue Hassan II",
            ["city"] = "Rabat", ["state_province"] = "Rabat-Salé-Kénitra", ["postal_code"] = "10000", ["country"] = "MA", ["address_type"] = "physical",
        }),
        ["service_at_location"] = new JsonArray(new JsonObject { ["id"] = "2f3e4d5c-6b7a-4899-8a0b-1c2d3e4f5a6b", ["service_id"] = PartnerService, ["location_id"] = PartnerLocation }),
        ["language"] = new JsonArray(new JsonObject { ["id"] = "3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d", ["service_id"] = PartnerService, ["code"] = "fr", ["name"] = "Français" }),
        ["required_document"] = new JsonArray(new JsonObject { ["id"] = "4b5c6d7e-8f9a-4b1c-8d2e-3f4a5b6c7d8e", ["service_id"] = PartnerService, ["document"] = "Passeport" }),
        ["cost_option"] = new JsonArray(new JsonObject { ["id"] = "5c6d7e8f-9a0b-4c2d-9e3f-4a5b6c7d8e9f", ["service_id"] = PartnerService, ["amount"] = 200, ["currency"] = "MAD" }),
        ["taxonomy_term"] = new JsonArray(
            new JsonObject { ["id"] = "6d7e8f9a-0b1c-4d3e-8f4a-5b6c7d8e9f0a", ["code"] = "amuddu-offer-kind/LanguageCourse", ["name"] = "Cours de langue", ["description"] = "Langue" },
            new JsonObject { ["id"] = "7e8f9a0b-1c2d-4e4f-9a5b-6c7d8e9f0a1b", ["code"] = "LT-4500", ["name"] = "Literacy", ["description"] = "Their own taxonomy" }),
        ["attribute"] = new JsonArray(
            new JsonObject { ["id"] = "8f9a0b1c-2d3e-4f5a-8b6c-7d8e9f0a1b2c", ["link_id"] = PartnerService, ["link_entity"] = "service", ["taxonomy_term_id"] = "6d7e8f9a-0b1c-4d3e-8f4a-5b6c7d8e9f0a" },
            new JsonObject { ["id"] = "9a0b1c2d-3e4f-4a6b-9c7d-8e9f0a1b2c3d", ["link_id"] = PartnerService, ["link_entity"] = "service", ["taxonomy_term_id"] = "7e8f9a0b-1c2d-4e4f-9a5b-6c7d8e9f0a1b" },
            new JsonObject
            {
                ["id"] = "0b1c2d3e-4f5a-4b7c-8d8e-9f0a1b2c3d4e", ["link_id"] = PartnerService, ["link_entity"] = "service",
                ["taxonomy_term_id"] = HsdsVocabularies.TermId(HsdsVocabulary.OfferDetail, HsdsVocabularies.Seats).ToString(), ["value"] = "15",
            }),
    };

    [Fact]
    public async Task A_partner_package_written_by_hand_becomes_a_draft_offer_and_updates_it_when_imported_again()
    {
        await using var app = await AmudduApp.StartAsync();
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);
        var package = PartnerPackage();
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(ngo, Encoding.UTF8.GetBytes(package.ToJsonString()), "application/json")).StatusCode);

        var offer = await app.QueryAsync(db => db.Offers.Include(o => o.Texts).SingleAsync());
        Assert.Equal(OfferStatus.Draft, offer.Status);
        Assert.Equal(OfferKind.LanguageCourse, offer.Kind);
        Assert.Equal("Centre de formation Al Amal", offer.ProviderName);
        Assert.Equal(Guid.Parse(PartnerOrganization), offer.HsdsOrganizationId);
        Assert.Equal(("MA-04", "Rabat", "5 avenue Hassan II"), (offer.RegionCode, offer.City, offer.Address));
        Assert.Equal((200, 15, 16), (offer.CostMad, offer.Seats!.Value, offer.MinimumAge!.Value));
        Assert.Equal(["PASSPORT"], offer.RequiredDocuments);
        Assert.Equal("Cours de français langue étrangère", Assert.Single(offer.Texts).Name);
        var organisationId = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == DemoOrganisations.Ngo).Select(o => o.Id).SingleAsync());
        Assert.Equal(organisationId, offer.OrganisationId);

        package["service"]![0]!["name"] = "Français langue étrangère, niveau A1";
        var updated = await (await ImportAsync(ngo, Encoding.UTF8.GetBytes(package.ToJsonString()), "application/json")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, updated.GetProperty("updated").GetInt32());
        var again = await app.QueryAsync(db => db.Offers.Include(o => o.Texts).SingleAsync());
        Assert.Equal("Français langue étrangère, niveau A1", again.Texts.Single().Name);
        Assert.True(again.Version > offer.Version);
    }

    [Fact]
    public async Task Bad_packages_are_refused_naming_the_file_row_and_field_and_nothing_is_imported()
    {
        await using var app = await AmudduApp.StartAsync();
        var ngo = await app.ApiClientAsync(Demo.NgoAdmin);

        var notPackage = await (await ImportAsync(ngo, Encoding.UTF8.GetBytes("this is not a package"), "text/plain")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(notPackage.GetProperty("errors").TryGetProperty("package", out _));
        await (await ImportAsync(ngo, Encoding.UTF8.GetBytes("[]"), "application/json")).ProblemAsync(HttpStatusCode.BadRequest);
        var tooBig = await (await ImportAsync(ngo, new byte[HsdsPackage.MaxBytes + 1], "application/json")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooBig.GetProperty("errors").TryGetProperty("package", out _));

        var badUuid = PartnerPackage();
        badUuid["service"]![0]!["organization_id"] = "not-a-uuid";
        var problem = await (await ImportAsync(ngo, Encoding.UTF8.GetBytes(badUuid.ToJsonString()), "application/json")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("https://amuddu.org/problems/hsds-invalid-package", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("service:1:organization_id", out _));

        var unknown = PartnerPackage();
        unknown["service_at_location"]![0]!["location_id"] = Guid.NewGuid().ToString();
        unknown["language"]![0]!["code"] = "xx";
        problem = await (await ImportAsync(ngo, Encoding.UTF8.GetBytes(unknown.ToJsonString()), "application/json")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("service_at_location:1:location_id", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("language:1:code", out _));

        var missingKey = PartnerPackage();
        missingKey["service"]![0]!.AsObject().Remove("status");
        problem = await (await ImportAsync(ngo, Encoding.UTF8.GetBytes(missingKey.ToJsonString()), "application/json")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("service:1:status", out _));

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var writer = new StreamWriter(zip.CreateEntry("services.csv").Open());
            await writer.WriteAsync("id,name,status\r\n" + PartnerService + ",Cours,active\r\n");
        }

        problem = await (await ImportAsync(ngo, buffer.ToArray(), "application/zip")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("services.csv:organization_id", out _));

        // Two good services and one bad: neither good one is kept.
        var mixed = PartnerPackage();
        var second = mixed["service"]![0]!.DeepClone();
        second["id"] = Guid.NewGuid().ToString();
        second["minimum_age"] = -4;
        mixed["service"]!.AsArray().Add(second);
        problem = await (await ImportAsync(ngo, Encoding.UTF8.GetBytes(mixed.ToJsonString()), "application/json")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("service:2:minimum_age", out _));
        Assert.Equal(0, await app.QueryAsync(db => db.Offers.CountAsync()));
        Assert.Empty(await app.AuditAsync(HsdsAudit.Imported));
    }

    [Fact]
    public async Task Importing_needs_a_catalogue_editor()
    {
        await using var app = await AmudduApp.StartAsync();
        var package = Encoding.UTF8.GetBytes(PartnerPackage().ToJsonString());
        await (await ImportAsync(app.CreateClient(), package, "application/json")).ProblemAsync(HttpStatusCode.Unauthorized);
        var agent = await app.ApiClientAsync($"agent@{DemoAccounts.Domain}");
        await (await ImportAsync(agent, package, "application/json")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await app.QueryAsync(db => db.Offers.CountAsync()));
    }
}
