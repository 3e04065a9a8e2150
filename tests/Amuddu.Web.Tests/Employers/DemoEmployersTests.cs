using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Employers;
using Amuddu.Web.Features.Vacancies;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Employers;

public sealed class DemoEmployersTests
{
    private static async Task SeedAsync(AmudduApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DemoEmployers.SeedAsync(scope.ServiceProvider.GetRequiredService<AmudduDbContext>(), app.Clock, CancellationToken.None);
    }

    [Fact]
    public async Task Thirty_companies_in_casablanca_and_rabat_with_vacancies_at_every_status_that_pass_the_rules_and_the_demo_employer_has_its_own()
    {
        await using var app = await AmudduApp.StartAsync();
        await SeedAsync(app);
        await SeedAsync(app);

        var companies = await app.QueryAsync(db => db.Companies.Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new { c, o }).ToListAsync());
        Assert.Equal(31, companies.Count);
        Assert.Equal(30, companies.Count(x => x.o.RegionCode is "MA-06" or "MA-04"));
        Assert.Equal(
            [CompanySector.Textile, CompanySector.CallCentre, CompanySector.Construction, CompanySector.Agriculture, CompanySector.HotelsAndRestaurants, CompanySector.Care],
            companies.Select(x => x.c.Sector).Distinct().Order());
        Assert.All(companies, x => Assert.Matches("^[0-9]{15}$", x.c.Ice!));

        var vacancies = await app.QueryAsync(db => db.Vacancies.ToListAsync());
        Assert.Equal(Enum.GetValues<VacancyStatus>(), vacancies.Select(v => v.Status).Distinct().Order());
        var atlas = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == DemoOrganisations.Employer).Select(o => o.Id).SingleAsync());
        Assert.Contains(vacancies, v => v.CompanyId == atlas && v.Status == VacancyStatus.Open);
        Assert.Contains(vacancies, v => v.CompanyId == atlas && v.Status == VacancyStatus.Submitted);

        // Every demo vacancy passes the rules a typed one must pass, and asks for skills of the taxonomy.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
        var text = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        foreach (var v in vacancies)
        {
            Assert.NotEmpty(v.Skills);
            var input = new VacancyInput(v.Title, v.Description, v.OccupationCode,
                [.. v.Skills.Select(s => new VacancySkillInput(s.SkillCode, s.Relation))], [.. v.Languages.Select(l => new VacancyLanguageInput(l.LanguageCode, l.MinimumLevel))],
                v.MinimumEducation, v.ExperienceYears, [.. v.Places.Select(p => new VacancyPlaceInput(p.RegionCode, p.City))], v.Contract, v.HoursPerWeek, v.PayMin, v.PayMax,
                v.Posts, v.StartsOn, v.ClosesOn);
            var errors = await input.ValidateAsync(db, text, CancellationToken.None);
            Assert.True(errors.IsValid, $"{v.Reference}: {string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value))}");
        }

        // The demo employer reads its own company and vacancies through the API.
        var employer = await app.ApiClientAsync(Demo.Employer);
        var own = await employer.GetFromJsonAsync<JsonElement>("/api/v1/vacancies");
        Assert.Equal(vacancies.Count(v => v.CompanyId == atlas), own.GetProperty("total").GetInt32());
        Assert.Equal("001525874000089", (await employer.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{atlas}")).GetProperty("ice").GetString());
    }
}
