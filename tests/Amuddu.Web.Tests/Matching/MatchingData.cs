using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Vacancies;
using Amuddu.Web.Tests.Infrastructure;
using PositioningApi = Amuddu.Web.Tests.Positioning.PositioningApi;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Matching;

/// <summary>People positioned through the API, and vacancies and trainings written straight to the database (their own APIs are another part's).</summary>
internal static class MatchingData
{
    public static async Task<Guid> ServiceIdAsync(AmudduApp app) =>
        await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.OrganisationId).SingleAsync());

    public static async Task<Guid> VacancyAsync(
        AmudduApp app, string occupation = "OCC-WELDER", DateOnly? startsOn = null, VacancyStatus status = VacancyStatus.Open, Guid? organisationId = null,
        int? experienceYears = 2, DateOnly? closesOn = null)
    {
        var service = organisationId ?? await ServiceIdAsync(app);
        var start = startsOn ?? app.Today.AddDays(30);
        return await app.QueryAsync(db => AddVacancyAsync(db, service, occupation, start, status, experienceYears, closesOn ?? start.AddDays(-5)));
    }

    /// <summary>A welder's vacancy of <paramref name="organisationId"/> at the demo employer, written straight to the database.</summary>
    public static async Task<Guid> AddVacancyAsync(
        AmudduDbContext db, Guid organisationId, string occupation, DateOnly start, VacancyStatus status = VacancyStatus.Open, int? experienceYears = 2,
        DateOnly? closesOn = null)
    {
        var company = await db.Organisations.Where(o => o.Name == DemoOrganisations.Employer).Select(o => o.Id).SingleAsync();
        var id = Guid.CreateVersion7();
        db.Vacancies.Add(new Vacancy
        {
            Id = id, Reference = Vacancy.NewReference(id), OrganisationId = organisationId, CompanyId = company, Status = status,
            Title = "Soudeur à l'arc", OccupationCode = occupation,
            Skills = [new VacancySkill { SkillCode = "SK-WELDING", Relation = SkillRelation.Essential },
                new VacancySkill { SkillCode = "SK-PLANS", Relation = SkillRelation.Essential },
                new VacancySkill { SkillCode = "SK-METALWORK", Relation = SkillRelation.Optional }],
            Languages = [new VacancyLanguage { LanguageCode = "fr", MinimumLevel = CefrLevel.B1 }],
            MinimumEducation = EducationLevel.Vocational, ExperienceYears = experienceYears,
            Places = [new VacancyPlace { RegionCode = "MA-04", City = "Rabat" }],
            StartsOn = start, ClosesOn = closesOn ?? start.AddDays(-5),
        });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>A published vocational training for an occupation (whose skills it therefore teaches).</summary>
    public static Task<Guid> TrainingAsync(AmudduApp app, string occupation, string name) => app.QueryAsync(async db =>
    {
        var centre = await db.Organisations.Where(o => o.Name == DemoOrganisations.TrainingCentre).Select(o => o.Id).SingleAsync();
        var offer = new Offer
        {
            OrganisationId = centre, Kind = OfferKind.VocationalTraining, Status = OfferStatus.Published, RegionCode = "MA-04", City = "Rabat",
            OccupationCode = occupation, Texts = [new OfferText { Language = "fr", Name = name }],
        };
        db.Offers.Add(offer);
        await db.SaveChangesAsync();
        return offer.Id;
    });

    public static async Task<Guid> PositionedAsync(
        AmudduApp app, string first, string last, string occupation = "OCC-WELDER", string[]? skills = null, string french = "B2",
        int years = 3, string? document = "RESIDENCE_CARD", DateOnly? documentExpires = null, string nationality = "SN")
    {
        var (client, personId) = await RegisterAsync(app, first, last, nationality);
        await PositionAsync(app, client, personId, occupation, skills, french, years, document, documentExpires);
        return personId;
    }

    /// <summary>A welder's positioning (by default) for someone already registered, through the API.</summary>
    public static async Task PositionAsync(
        AmudduApp app, HttpClient client, Guid personId, string occupation = "OCC-WELDER", string[]? skills = null, string french = "B2",
        int years = 3, string? document = "RESIDENCE_CARD", DateOnly? documentExpires = null)
    {
        await PositioningApi.RecordAsync(client, personId, PositioningApi.Interview(app.Today) is var body
            ? PositioningApi.With(body, ("educationLevel", "Vocational"), ("availableFrom", app.Today.AddDays(7)))
            : body);
        await PositioningApi.AddAsync(client, personId, "target-occupations", new { occupationCode = occupation, priority = 1 });
        await PositioningApi.AddAsync(client, personId, "experiences", new { occupationCode = occupation, years, countryCode = "SN" });
        await PositioningApi.AddAsync(client, personId, "languages", new { languageCode = "fr", understanding = french, speaking = french, assessment = "Tested" });
        foreach (var skill in skills ?? ["SK-WELDING", "SK-PLANS", "SK-HEALTH-SAFETY"])
        {
            await PositioningApi.AddAsync(client, personId, "skills", new { skillCode = skill, level = "Advanced" });
        }

        if (document is not null)
        {
            await DocumentAsync(client, personId, document, documentExpires ?? app.Today.AddYears(2));
        }
    }

    /// <summary>Registers a person in Rabat with the processing consent, telling the duplicate check they are someone else.</summary>
    public static async Task<(HttpClient Client, Guid PersonId)> RegisterAsync(AmudduApp app, string firstName, string lastName, string nationality = "SN")
    {
        var client = await app.ApiClientAsync(Demo.Counsellor, "en");
        var site = await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == Demo.Counsellor).SiteId!.Value));
        var person = new
        {
            firstName, lastName, sex = "Male", dateOfBirth = "1991-02-14", nationalityCode = nationality,
            regionCode = "MA-04", city = "Rabat", heardFrom = "FriendOrFamily", siteId = site,
        };
        var response = await client.PostAsJsonAsync("/api/v1/people", new { person });
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            var candidates = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("candidates").EnumerateArray()
                .Select(c => c.GetProperty("personId").GetGuid()).ToArray();
            response = await client.PostAsJsonAsync("/api/v1/people", new { person, notDuplicateOf = candidates });
        }

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var personId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await client.GiveProcessingConsentAsync(personId, app.Today);
        return (client, personId);
    }

    public static async Task DocumentAsync(HttpClient client, Guid personId, string type, DateOnly expires)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/people/{personId}/documents",
            new { typeCode = type, number = $"D{Random.Shared.Next(100000, 999999)}", issuingAuthority = "DGSN", issuedOn = "2024-03-01", expiresOn = expires });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static async Task<JsonElement> PeopleAsync(HttpClient client, Guid vacancyId, string query = "")
    {
        var response = await client.GetAsync($"/api/v1/matches/vacancies/{vacancyId}/people{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("people");
    }

    public static List<(Guid Id, int Score)> Ranking(JsonElement people) =>
        [.. people.EnumerateArray().Select(p => (p.GetProperty("personId").GetGuid(), p.GetProperty("score").GetInt32()))];
}
