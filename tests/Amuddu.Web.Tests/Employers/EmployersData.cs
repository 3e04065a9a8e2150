using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Employers;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Employers;

/// <summary>Company files and vacancies as the tests write them.</summary>
public static class EmployersData
{
    public const string AtlasIce = "001525874000089";

    public static Dictionary<string, object?> Company(string name = "Confections Derb Omar", string ice = "001234567000012") => new()
    {
        ["name"] = name, ["ice"] = ice, ["sector"] = "Textile", ["size"] = "Medium", ["regionCode"] = "MA-06", ["city"] = "Casablanca",
        ["address"] = "12 rue Ibnou Majid", ["phone"] = "+212 5 22 40 50 60", ["email"] = "rh@derb-omar.ma",
    };

    public static async Task<Guid> CreateCompanyAsync(HttpClient client, string name = "Confections Derb Omar", string ice = "001234567000012")
    {
        var response = await client.PostAsJsonAsync("/api/v1/employers", Company(name, ice));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The demo employer account's company (Atlas Textile) gets its file with the agency, as the demo gives it.</summary>
    public static Task<Guid> GiveAtlasAFileAsync(this AmudduApp app) => app.QueryAsync(async db =>
    {
        var atlas = await db.Organisations.Where(o => o.Name == DemoOrganisations.Employer).Select(o => o.Id).SingleAsync();
        var anapec = await db.Organisations.Where(o => o.Name == DemoOrganisations.Anapec).Select(o => o.Id).SingleAsync();
        db.Companies.Add(new Company { OrganisationId = atlas, ServiceOrganisationId = anapec, Ice = AtlasIce, Sector = CompanySector.Textile, Size = CompanySize.Medium });
        await db.SaveChangesAsync();
        return atlas;
    });

    public static Dictionary<string, object?> Vacancy(DateOnly today) => new()
    {
        ["title"] = "Opératrice sur machine à coudre",
        ["description"] = "Atelier de confection, équipe du matin.",
        ["occupationCode"] = "OCC-SEWING-OPERATOR",
        ["skills"] = new object[] { new { skillCode = "SK-SEWING-MACHINE", relation = "Essential" }, new { skillCode = "SK-TEAMWORK", relation = "Optional" } },
        ["languages"] = new object[] { new { languageCode = "ar", minimumLevel = "B1" } },
        ["minimumEducation"] = "Primary",
        ["experienceYears"] = 1,
        ["places"] = new object[] { new { regionCode = "MA-06", city = "Casablanca" } },
        ["contract"] = "FixedTerm",
        ["hoursPerWeek"] = 44,
        ["payMin"] = 3000,
        ["payMax"] = 3500,
        ["posts"] = 4,
        ["startsOn"] = today.AddDays(30).ToString("yyyy-MM-dd"),
        ["closesOn"] = today.AddDays(45).ToString("yyyy-MM-dd"),
    };

    public static async Task<JsonElement> CreateVacancyAsync(HttpClient client, Guid? companyId, DateOnly today, Action<Dictionary<string, object?>>? change = null)
    {
        var vacancy = Vacancy(today);
        change?.Invoke(vacancy);
        var response = await client.PostAsJsonAsync("/api/v1/vacancies", new { companyId, vacancy });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
