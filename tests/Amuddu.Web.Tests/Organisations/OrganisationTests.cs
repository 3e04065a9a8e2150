using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Organisations;

public sealed class OrganisationTests
{
    [Fact]
    public async Task Staff_see_the_directory_of_organisations_of_every_kind()
    {
        await using var app = await AmudduApp.StartAsync();
        var caseworker = await app.ApiClientAsync(Demo.Caseworker);

        var all = await caseworker.GetFromJsonAsync<JsonElement[]>("/api/v1/organisations");
        var ngos = await caseworker.GetFromJsonAsync<JsonElement[]>("/api/v1/organisations?kind=Ngo");

        Assert.Equal(10, all!.Length);
        Assert.Equal(["Donor", "Employer", "EmploymentService", "ForeignEmploymentService", "Ngo", "SocialAssistance", "TrainingProvider"],
            all.Select(o => o.GetProperty("kind").GetString()).Distinct().Order());
        Assert.Equal(3, ngos!.Length);
    }

    [Fact]
    public async Task The_platform_operator_s_administrator_adds_an_organisation_and_it_can_be_read_back()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin);

        var created = await admin.PostAsJsonAsync("/api/v1/organisations",
            new { name = "Caritas Rabat", acronym = "CR", kind = "Ngo", regionCode = "MA-04" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var read = await admin.GetFromJsonAsync<JsonElement>(created.Headers.Location!.OriginalString);
        Assert.Equal("Caritas Rabat", read.GetProperty("name").GetString());
        Assert.Equal("MA-04", read.GetProperty("regionCode").GetString());
        Assert.Single(await app.AuditAsync(AuditActions.OrganisationCreated));

        var again = await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "Caritas Rabat", kind = "Ngo" });
        await again.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Another_organisation_s_administrator_may_not_add_organisations()
    {
        await using var app = await AmudduApp.StartAsync();
        var ngoAdmin = await app.ApiClientAsync(Demo.NgoAdmin);

        var response = await ngoAdmin.PostAsJsonAsync("/api/v1/organisations", new { name = "Shadow NGO", kind = "Ngo" });

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_organisation_input_names_the_field_in_the_caller_s_language()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = await app.ApiClientAsync(Demo.Admin, "en");

        var badEnum = await (await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "X", kind = "Bank" })).ProblemAsync(HttpStatusCode.BadRequest);
        var badRegion = await (await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "X", kind = "Ngo", regionCode = "MA-99" })).ProblemAsync(HttpStatusCode.BadRequest);
        var tooLong = await (await admin.PostAsJsonAsync("/api/v1/organisations", new { name = new string('x', 201), kind = "Ngo" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("The value of kind is not valid.", badEnum.GetProperty("errors").GetProperty("kind")[0].GetString());
        Assert.Equal("The value of Region is not one of those allowed.", badRegion.GetProperty("errors").GetProperty("regionCode")[0].GetString());
        Assert.Equal("Organisation name is longer than 200 characters.", tooLong.GetProperty("errors").GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task An_administrator_adds_sites_to_their_own_organisation_only()
    {
        await using var app = await AmudduApp.StartAsync();
        var anapec = await app.ApiClientAsync(Demo.Admin);
        var anapecId = (await anapec.GetFromJsonAsync<JsonElement>("/api/v1/auth/me")).GetProperty("organisationId").GetGuid();
        var ngoAdmin = await app.ApiClientAsync(Demo.NgoAdmin);
        var ngoId = (await ngoAdmin.GetFromJsonAsync<JsonElement>("/api/v1/auth/me")).GetProperty("organisationId").GetGuid();
        var site = new { name = "Antenne Fès", regionCode = "MA-03", city = "Fès", phone = "+212 5 35 00 00 00" };

        var foreign = await ngoAdmin.PostAsJsonAsync($"/api/v1/organisations/{anapecId}/sites", site);
        var own = await ngoAdmin.PostAsJsonAsync($"/api/v1/organisations/{ngoId}/sites", site);
        var duplicate = await ngoAdmin.PostAsJsonAsync($"/api/v1/organisations/{ngoId}/sites", site);
        var missing = await ngoAdmin.PostAsJsonAsync($"/api/v1/organisations/{ngoId}/sites", new { name = "" });

        await foreign.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        await duplicate.ProblemAsync(HttpStatusCode.Conflict);
        var errors = (await missing.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _) && errors.TryGetProperty("regionCode", out _) && errors.TryGetProperty("city", out _));
        var ngo = await ngoAdmin.GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{ngoId}");
        Assert.Contains(ngo.GetProperty("sites").EnumerateArray(), s => s.GetProperty("name").GetString() == "Antenne Fès");
        var stamped = await app.QueryAsync(db => Task.FromResult(db.Sites.Single(s => s.Name == "Antenne Fès")));
        Assert.Equal(app.Clock.GetUtcNow(), stamped.CreatedAt, TimeSpan.FromMilliseconds(1));
        Assert.NotNull(stamped.CreatedBy);
        Assert.Equal(1, stamped.Version);
    }

    [Fact]
    public async Task The_site_form_on_the_organisation_page_adds_a_site_and_names_missing_fields()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.NgoAdmin);
        var ngoId = await app.QueryAsync(db => Task.FromResult(db.Organisations.Single(o => o.Acronym == "ASM").Id));
        var page = $"/organisations/{ngoId}";

        var invalid = await browser.SubmitFormAsync(page, "add-site", ("Input.Name", "Antenne Nador"), ("Input.RegionCode", ""), ("Input.City", "Nador"));
        var invalidHtml = await invalid.ReadHtmlAsync();
        Assert.Contains("Le champ « Région » est obligatoire.", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Antenne Nador\"", invalidHtml, StringComparison.Ordinal);

        var saved = await browser.SubmitFormAsync(page, "add-site", ("Input.Name", "Antenne Nador"), ("Input.RegionCode", "MA-02"), ("Input.City", "Nador"));
        var savedHtml = await saved.ReadHtmlAsync();
        Assert.Contains("<td>Antenne Nador</td>", savedHtml, StringComparison.Ordinal);
        Assert.Contains("L'Oriental", savedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reference_data_comes_in_the_caller_s_language_with_all_three_names()
    {
        await using var app = await AmudduApp.StartAsync();
        var arabic = await app.ApiClientAsync(Demo.Counsellor, "ar");

        var regions = await arabic.GetFromJsonAsync<JsonElement[]>("/api/v1/reference-data/region");
        var countries = await arabic.GetFromJsonAsync<JsonElement[]>("/api/v1/reference-data/country");
        var languages = await arabic.GetFromJsonAsync<JsonElement[]>("/api/v1/reference-data/language");
        var documents = await arabic.GetFromJsonAsync<JsonElement[]>("/api/v1/reference-data/document-type");
        var statuses = await arabic.GetFromJsonAsync<JsonElement[]>("/api/v1/reference-data/legal-status");

        Assert.Equal(12, regions!.Length);
        Assert.Equal("الدار البيضاء سطات", regions!.Single(r => r.GetProperty("code").GetString() == "MA-06").GetProperty("name").GetString());
        var ivoryCoast = countries!.Single(c => c.GetProperty("code").GetString() == "CI");
        Assert.Equal("Côte d'Ivoire", ivoryCoast.GetProperty("nameFr").GetString());
        Assert.True(countries!.Length > 240);
        Assert.Contains(languages!, l => l.GetProperty("code").GetString() == "wo");
        Assert.Equal(["ASYLUM_RECEIPT", "NATIONAL_ID", "PASSPORT", "REFUGEE_CARD", "REGULARISATION_RECEIPT", "RESIDENCE_CARD", "UNHCR_CERTIFICATE"],
            documents!.Select(d => d.GetProperty("code").GetString()).Order());
        Assert.Equal(5, statuses!.Length);
        await (await arabic.GetAsync("/api/v1/reference-data/planets")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
