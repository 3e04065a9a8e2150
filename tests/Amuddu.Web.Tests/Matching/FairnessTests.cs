using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.Matching.MatchingData;

namespace Amuddu.Web.Tests.Matching;

/// <summary>
/// What must not count does not count: through the app, changing a person's sex, nationality, date of birth, health
/// note and constraints, vulnerabilities, or legal status (while the right to work on the start date stays) leaves
/// every score, every reason and the order exactly as they were; losing the right to work on the start date removes
/// the person. (The model holds no religion.)
/// </summary>
public sealed class FairnessTests
{
    [Fact]
    public async Task Changing_what_must_not_count_changes_no_score_and_losing_the_right_to_work_removes_the_person()
    {
        await using var app = await AmudduApp.StartAsync();
        var first = await PositionedAsync(app, "Moussa", "Traoré");
        var second = await PositionedAsync(app, "Aminata", "Sow", skills: ["SK-WELDING", "SK-PLANS"], french: "B1", nationality: "CI");
        var third = await PositionedAsync(app, "Koffi", "Mensah", occupation: "OCC-PANEL-BEATER", nationality: "CM");
        var expiring = await PositionedAsync(app, "Fanta", "Camara", skills: ["SK-WELDING"], documentExpires: app.Today.AddDays(45));
        var vacancy = await VacancyAsync(app, startsOn: app.Today.AddDays(30));
        var client = await app.ApiClientAsync(Demo.Counsellor, "fr");
        var before = (await PeopleAsync(client, vacancy)).GetRawText();
        var vacanciesBefore = await VacanciesTextAsync(client, first);
        Assert.Equal(4, JsonSerializer.Deserialize<JsonElement>(before).GetArrayLength());

        foreach (var person in new[] { first, second, third, expiring })
        {
            await ChangeIdentityAsync(client, person);
            await ChangeInterviewAsync(client, person, app.Today);
            Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/people/{person}/vulnerabilities",
                new { categories = new[] { "Disability", "SingleParent", "ViolenceSurvivor" }, note = "Suivi psychologique en cours.", version = 0 })).StatusCode);
        }

        // A regularised migrant (residence card) becomes a refugee (refugee card), the right to work on the start date unchanged.
        var statusBefore = await LegalStatusAsync(client, first);
        await DocumentAsync(client, first, "REFUGEE_CARD", app.Today.AddYears(3));
        Assert.NotEqual(statusBefore, await LegalStatusAsync(client, first));

        Assert.Equal(before, (await PeopleAsync(client, vacancy)).GetRawText());
        Assert.Equal(vacanciesBefore, await VacanciesTextAsync(client, first));

        // The job now starts after Fanta Camara's card ends: she is no longer ranked, the others are as they were.
        await app.QueryAsync(db => db.Vacancies.Where(v => v.Id == vacancy).ExecuteUpdateAsync(s => s.SetProperty(v => v.StartsOn, app.Today.AddDays(60))));
        var after = Ranking(await PeopleAsync(client, vacancy));
        Assert.DoesNotContain(expiring, after.Select(r => r.Id));
        Assert.Equal(Ranking(JsonSerializer.Deserialize<JsonElement>(before)).Where(r => r.Id != expiring), after);
    }

    private static async Task<string> VacanciesTextAsync(HttpClient client, Guid personId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/matches/people/{personId}/vacancies")).GetRawText();

    private static async Task<string?> LegalStatusAsync(HttpClient client, Guid personId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/documents")).GetProperty("legalStatus").GetProperty("statusCode").GetString();

    /// <summary>Another sex, nationality and date of birth; the same names, region and city.</summary>
    private static async Task ChangeIdentityAsync(HttpClient client, Guid personId)
    {
        var person = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}");
        var details = new
        {
            firstName = person.GetProperty("firstName").GetString(), lastName = person.GetProperty("lastName").GetString(),
            sex = person.GetProperty("sex").GetString() == "Male" ? "Female" : "Male",
            dateOfBirth = "1968-11-03",
            nationalityCode = person.GetProperty("nationalityCode").GetString() == "SY" ? "SN" : "SY",
            regionCode = person.GetProperty("regionCode").GetString(), city = person.GetProperty("city").GetString(),
            heardFrom = person.GetProperty("heardFrom").GetString(), siteId = person.GetProperty("siteId").GetGuid(),
        };
        var update = await client.PutAsJsonAsync($"/api/v1/people/{personId}", new { person = details, version = person.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
    }

    /// <summary>Other constraints and another health note; the same education and availability.</summary>
    private static async Task ChangeInterviewAsync(HttpClient client, Guid personId, DateOnly today)
    {
        var interview = (await Positioning.PositioningApi.GetAsync(client, personId)).GetProperty("interview");
        var body = Positioning.PositioningApi.With(Positioning.PositioningApi.Interview(today),
            ("educationLevel", "Vocational"), ("availableFrom", today.AddDays(7)), ("constraints", new[] { "Health", "Housing", "Transport" }),
            ("constraintNote", "Diabète ; enceinte de quatre mois."), ("version", interview.GetProperty("version").GetInt64()));
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync(Positioning.PositioningApi.Url(personId), body)).StatusCode);
    }
}
