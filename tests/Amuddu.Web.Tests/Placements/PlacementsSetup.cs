using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Features.Vacancies;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Placements;

/// <summary>
/// What the placement tests stand on: an open vacancy of the demo employer, written straight into the database (the employers part
/// owns the vacancy's own use cases), and the calls of the shortlist API.
/// </summary>
internal static class PlacementsSetup
{
    public static string Candidates(Guid vacancyId) => $"/api/v1/vacancies/{vacancyId}/candidates";

    public static string EmployerCandidates(Guid vacancyId) => $"/api/v1/employer/vacancies/{vacancyId}/candidates";

    /// <summary>The demo employer's organisation (Atlas Textile), the company of the vacancies made here unless told otherwise.</summary>
    public static Task<Guid> DemoCompanyAsync(AmudduApp app) =>
        app.QueryAsync(db => db.Organisations.Where(o => o.Name == Web.Features.Demo.DemoOrganisations.Employer).Select(o => o.Id).SingleAsync());

    /// <summary>An open vacancy of the employment agency for <paramref name="companyId"/> (the demo employer when null).</summary>
    public static async Task<Guid> OpenVacancyAsync(AmudduApp app, int posts = 1, Guid? companyId = null, VacancyStatus status = VacancyStatus.Open)
    {
        var company = companyId ?? await DemoCompanyAsync(app);
        return await app.QueryAsync(async db =>
        {
            var agency = await db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.OrganisationId).SingleAsync();
            var occupation = await db.Occupations.OrderBy(o => o.Code).Select(o => o.Code).FirstAsync();
            var id = Guid.CreateVersion7();
            db.Vacancies.Add(new Vacancy
            {
                Id = id, Reference = Vacancy.NewReference(id), OrganisationId = agency, CompanyId = company, Status = status,
                Title = "Opératrice de confection", OccupationCode = occupation, Contract = VacancyContract.Permanent, Posts = posts,
                StartsOn = app.Today.AddDays(14), ClosesOn = app.Today.AddDays(7),
            });
            await db.SaveChangesAsync();
            return id;
        });
    }

    /// <summary>Another company, with no user of its own: what the demo employer must never reach.</summary>
    public static Task<Guid> OtherCompanyAsync(AmudduApp app) => app.QueryAsync(async db =>
    {
        var organisation = new Organisation { Name = "Bâtiments Souss SARL", Kind = OrganisationKind.Employer, RegionCode = "MA-09" };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    });

    /// <summary>A skill and a language on the person's positioning, so the anonymous profile has something to show.</summary>
    public static Task<string> GivePositioningAsync(AmudduApp app, Guid personId) => app.QueryAsync(async db =>
    {
        var agency = await db.People.Where(p => p.Id == personId).Select(p => p.OrganisationId).SingleAsync();
        var skill = await db.Skills.OrderBy(s => s.Code).FirstAsync();
        db.PositioningSkills.Add(new PositioningSkill { PersonId = personId, OrganisationId = agency, SkillCode = skill.Code });
        db.PositioningLanguages.Add(new PositioningLanguage { PersonId = personId, OrganisationId = agency, LanguageCode = "fr", Speaking = CefrLevel.B2, Understanding = CefrLevel.B2 });
        await db.SaveChangesAsync();
        return skill.NameFr;
    });

    /// <summary>An open hiring-incentive programme whose rules are a permanent contract and a home in <paramref name="region"/>.</summary>
    public static Task<Guid> IncentiveProgrammeAsync(AmudduApp app, string code, string region) => app.QueryAsync(async db =>
    {
        var agency = await db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.OrganisationId).SingleAsync();
        var programme = new Programme
        {
            OrganisationId = agency, Code = code, Name = $"Prime à l'embauche {code}", Kind = ProgrammeKind.HiringIncentive, Status = ProgrammeStatus.Open,
            Funder = "UE", BudgetCentimes = 100_000_000, StartsOn = app.Today.AddMonths(-1), EndsOn = app.Today.AddYears(1),
            AmountPolicy = AmountPolicy.Monthly, AmountCentimes = 150_000, MaxMonths = 6,
            Rules = [new EligibilityRule { Kind = EligibilityRuleKind.PermanentContract }, new EligibilityRule { Kind = EligibilityRuleKind.Region, Values = [region] }],
        };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        return programme.Id;
    });

    public static async Task<JsonElement> ShortlistAsync(HttpClient counsellor, Guid vacancyId, Guid personId)
    {
        var response = await counsellor.PostAsJsonAsync(Candidates(vacancyId), new { personId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> CheckAsync(HttpClient counsellor, Guid vacancyId, JsonElement candidacy, bool interested = true)
    {
        var response = await counsellor.PostAsJsonAsync($"{Candidates(vacancyId)}/{Id(candidacy)}/check",
            new { interested, version = candidacy.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient counsellor, Guid vacancyId, JsonElement candidacy) =>
        counsellor.PostAsJsonAsync($"{Candidates(vacancyId)}/{Id(candidacy)}/send", new { version = candidacy.GetProperty("version").GetInt64() });

    public static async Task<Guid> ConsentToShareAsync(HttpClient counsellor, Guid personId, Guid companyId, DateOnly today)
    {
        var response = await counsellor.PostAsJsonAsync($"/api/v1/people/{personId}/consents",
            new { purpose = "SharingWithPartner", recipientOrganisationId = companyId, method = "SignedForm", givenOn = today.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Shortlisted, interested, consented and sent: a candidate the employer can answer on.</summary>
    public static async Task<JsonElement> SentAsync(AmudduApp app, HttpClient counsellor, Guid vacancyId, Guid personId)
    {
        var candidacy = await CheckAsync(counsellor, vacancyId, await ShortlistAsync(counsellor, vacancyId, personId));
        await ConsentToShareAsync(counsellor, personId, await app.QueryAsync(db => db.Vacancies.Where(v => v.Id == vacancyId).Select(v => v.CompanyId).SingleAsync()), app.Today);
        var sent = await SendAsync(counsellor, vacancyId, candidacy);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        return await sent.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> EmployerViewAsync(HttpClient employer, Guid vacancyId, Guid candidacyId) =>
        (await employer.GetFromJsonAsync<JsonElement>(EmployerCandidates(vacancyId))).EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == candidacyId);

    public static Task<HttpResponseMessage> AnswerAsync(HttpClient employer, Guid vacancyId, Guid candidacyId, long version, object answer)
    {
        var body = JsonSerializer.SerializeToElement(answer);
        var fields = body.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["version"] = version;
        return employer.PostAsJsonAsync($"{EmployerCandidates(vacancyId)}/{candidacyId}/answer", fields);
    }

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}
