using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Employers;

public sealed class EmployersTests
{
    [Fact]
    public async Task A_counsellor_opens_a_company_file_with_its_contacts_agreements_and_interactions_and_finds_it_in_the_list()
    {
        await using var app = await AmudduApp.StartAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "en");
        var counsellorId = await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.Id).SingleAsync());
        var company = EmployersData.Company();
        company["counsellorId"] = counsellorId;
        var created = await counsellor.PostAsJsonAsync("/api/v1/employers", company);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var file = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = file.GetProperty("id").GetGuid();
        Assert.Equal("Youssef El Amrani", file.GetProperty("counsellorName").GetString());
        Assert.Equal("Employer", await app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Kind.ToString()).SingleAsync()));

        Assert.Equal(HttpStatusCode.Created, (await counsellor.PostAsJsonAsync($"/api/v1/employers/{id}/contacts",
            new { name = "Khadija Benali", jobTitle = "RRH", phone = "+212 661 40 50 60", isMain = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await counsellor.PostAsJsonAsync($"/api/v1/employers/{id}/agreements",
            new { kind = "Partnership", title = "Convention de partenariat", signedOn = app.Today.AddMonths(-2) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await counsellor.PostAsJsonAsync($"/api/v1/employers/{id}/interactions",
            new { kind = "Visit", on = app.Today, summary = "Visite de l'atelier." })).StatusCode);

        var read = await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{id}");
        Assert.Equal("Khadija Benali", read.GetProperty("contacts")[0].GetProperty("name").GetString());
        Assert.Equal("Partnership", read.GetProperty("agreements")[0].GetProperty("kind").GetString());
        Assert.Equal("Visit", read.GetProperty("interactions")[0].GetProperty("kind").GetString());

        var callCentre = EmployersData.Company("Atlantic Contact Center", "001234567000099");
        callCentre["sector"] = "CallCentre";
        Assert.Equal(HttpStatusCode.Created, (await counsellor.PostAsJsonAsync("/api/v1/employers", callCentre)).StatusCode);
        var bySector = await counsellor.GetFromJsonAsync<JsonElement>("/api/v1/employers?sector=Textile");
        Assert.Contains(bySector.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain(bySector.GetProperty("items").EnumerateArray(), c => c.GetProperty("name").GetString() == "Atlantic Contact Center");
        var byName = await counsellor.GetFromJsonAsync<JsonElement>("/api/v1/employers?q=atlantic");
        Assert.Equal(["Atlantic Contact Center"], byName.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var byCounsellor = await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/employers?counsellorId={counsellorId}");
        Assert.Equal(1, byCounsellor.GetProperty("total").GetInt32());
        Assert.Equal(5, (await app.AuditAsync(Web.Features.Employers.EmployersAudit.CompanySaved)).Count);
    }

    [Fact]
    public async Task Bad_company_input_is_refused_naming_each_field_and_a_stale_version_is_a_conflict()
    {
        await using var app = await AmudduApp.StartAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "en");
        var id = await EmployersData.CreateCompanyAsync(counsellor);

        var bad = EmployersData.Company("", "12345");
        bad["regionCode"] = "MA-99";
        bad["email"] = "not-an-email";
        bad["counsellorId"] = await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.NgoCounsellor).Select(u => u.Id).SingleAsync());
        var errors = (await (await counsellor.PostAsJsonAsync("/api/v1/employers", bad)).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("The ICE has exactly 15 digits.", errors.GetProperty("ice")[0].GetString());
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("regionCode", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.Equal("This counsellor is not on the service's staff.", errors.GetProperty("counsellorId")[0].GetString());

        var taken = (await (await counsellor.PostAsJsonAsync("/api/v1/employers", EmployersData.Company("Autre", "001234567000012")))
            .ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("A file already exists for this ICE.", taken.GetProperty("ice")[0].GetString());
        var badSector = await counsellor.PostAsJsonAsync("/api/v1/employers", new { name = "X", ice = "001234567000013", sector = "Mining", size = "Small", regionCode = "MA-06" });
        await badSector.ProblemAsync(HttpStatusCode.BadRequest);

        var renamed = EmployersData.Company("Confections Derb Omar SARL");
        Assert.Equal(HttpStatusCode.OK, (await counsellor.PutAsJsonAsync($"/api/v1/employers/{id}", new { company = renamed, version = 1 })).StatusCode);
        var stale = await counsellor.PutAsJsonAsync($"/api/v1/employers/{id}", new { company = renamed, version = 1 });
        await stale.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Confections Derb Omar SARL", await app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Another_service_and_another_company_get_not_found_and_the_employer_sees_only_its_own_company()
    {
        await using var app = await AmudduApp.StartAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        var other = await EmployersData.CreateCompanyAsync(counsellor);
        var atlas = await app.GiveAtlasAFileAsync();
        await counsellor.PostAsJsonAsync($"/api/v1/employers/{atlas}/interactions", new { kind = "Call", on = app.Today, summary = "Note interne du service." });

        var stranger = await app.ApiClientAsync(Demo.NgoCounsellor);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/employers/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync($"/api/v1/employers/{other}", new { company = EmployersData.Company(), version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/employers/{other}/contacts", new { name = "X", phone = "0600000000" })).StatusCode);
        Assert.Equal(0, (await stranger.GetFromJsonAsync<JsonElement>("/api/v1/employers")).GetProperty("total").GetInt32());

        var employer = await app.ApiClientAsync(Demo.Employer);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/v1/employers/{other}")).StatusCode);
        var own = await employer.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{atlas}");
        Assert.Empty(own.GetProperty("interactions").EnumerateArray());
        var list = await employer.GetFromJsonAsync<JsonElement>("/api/v1/employers");
        Assert.Equal([atlas], list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.PostAsJsonAsync("/api/v1/employers", EmployersData.Company())).StatusCode);
    }

    [Fact]
    public async Task The_file_shows_the_hires_and_the_incentives_of_the_service_with_the_company()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var atlas = await app.GiveAtlasAFileAsync();
        var hired = await counsellor.PostAsJsonAsync($"/api/v1/people/{personId}/outcomes", new
        {
            kind = "Employed", startsOn = app.Today.AddDays(-10), employerOrganisationId = atlas, occupationTitle = "Piqueuse", occupationCode = "8153",
            contractType = "Cdd", wageBand = "SmigTo3000", workingTime = "FullTime",
        });
        Assert.Equal(HttpStatusCode.Created, hired.StatusCode);

        var file = await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{atlas}");
        var hire = Assert.Single(file.GetProperty("hires").EnumerateArray());
        Assert.Equal("Awa Sow", hire.GetProperty("personName").GetString());
        Assert.Equal(personId, hire.GetProperty("personId").GetGuid());
        Assert.Equal(0, file.GetProperty("incentives").GetArrayLength());
    }
}
