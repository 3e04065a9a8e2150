using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Matching;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Features.Vacancies;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Referrals.Lifecycle;
using Amuddu.Web.Tests.Rights;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.Matching.MatchingData;

namespace Amuddu.Web.Tests.Matching;

public sealed class MatchingTests
{
    [Fact]
    public async Task A_vacancy_ranks_the_positioned_people_with_reasons_codes_and_the_training_that_closes_a_gap()
    {
        await using var app = await AmudduApp.StartAsync();
        var full = await PositionedAsync(app, "Moussa", "Traoré");
        var lacking = await PositionedAsync(app, "Ibrahima", "Diop", skills: ["SK-WELDING"], french: "A2", years: 0);
        var near = await PositionedAsync(app, "Koffi", "Mensah", occupation: "OCC-PANEL-BEATER");
        var cook = await PositionedAsync(app, "Awa", "Ndiaye", occupation: "OCC-COOK");
        var noRight = await PositionedAsync(app, "Fanta", "Camara", document: "ASYLUM_RECEIPT");
        var vacancy = await VacancyAsync(app);
        await TrainingAsync(app, "OCC-WELDER", "Soudure et lecture de plans");
        var client = await app.ApiClientAsync(Demo.Counsellor, "fr");

        var people = await PeopleAsync(client, vacancy);

        var ranking = Ranking(people);
        Assert.Equal([full, near, lacking], ranking.Select(r => r.Id));
        Assert.DoesNotContain(cook, ranking.Select(r => r.Id));
        Assert.DoesNotContain(noRight, ranking.Select(r => r.Id));
        Assert.Equal(94, ranking[0].Score); // all but the optional skill (½ of 2½ skill points: 6 of the 30)
        var second = people[2];
        Assert.Equal("Ibrahima Diop", second.GetProperty("name").GetString());
        var parts = second.GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("part").GetString()!);
        Assert.Equal(["Occupation", "Skills", "Languages", "Education", "Experience", "Place", "Availability"], parts.Keys);
        var skills = parts["Skills"];
        Assert.Equal("Partly", skills.GetProperty("outcome").GetString());
        Assert.Contains("Compétences essentielles couvertes : 1 sur 2.", skills.GetProperty("reason").GetString());
        Assert.Contains("Manquent :", skills.GetProperty("reason").GetString());
        Assert.Equal([("SK-WELDING", "Met"), ("SK-PLANS", "Short"), ("SK-METALWORK", "Short")],
            skills.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("code").GetString(), i.GetProperty("outcome").GetString())));
        var language = parts["Languages"].GetProperty("items")[0];
        Assert.Equal(("fr", "B1", "A2", "Partly"), (language.GetProperty("code").GetString(), language.GetProperty("required").GetString(),
            language.GetProperty("held").GetString(), language.GetProperty("outcome").GetString()));
        Assert.Equal("Short", parts["Experience"].GetProperty("outcome").GetString());
        var training = second.GetProperty("trainings").EnumerateArray().Single(t => t.GetProperty("skillCode").GetString() == "SK-PLANS");
        Assert.Equal("Soudure et lecture de plans", training.GetProperty("offerName").GetString());
        Assert.Equal("Near", people[1].GetProperty("parts")[0].GetProperty("items")[0].GetProperty("required").GetString());

        var english = await PeopleAsync(await app.ApiClientAsync(Demo.Counsellor, "en"), vacancy);
        Assert.Contains("Essential skills covered: 1 of 2.", english[2].GetProperty("parts")[1].GetProperty("reason").GetString());
        var arabic = await PeopleAsync(await app.ApiClientAsync(Demo.Counsellor, "ar"), vacancy);
        Assert.Contains("الكفاءات الأساسية المتوفرة", arabic[2].GetProperty("parts")[1].GetProperty("reason").GetString());

        Assert.Single(Ranking(await PeopleAsync(client, vacancy, "?limit=1")));
        var bad = await (await client.GetAsync($"/api/v1/matches/vacancies/{vacancy}/people?limit=0")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("limit", out _));
        await (await client.GetAsync($"/api/v1/matches/vacancies/{vacancy}/people?limit=abc")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync($"/api/v1/matches/vacancies/{Guid.NewGuid()}/people")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_demo_vacancies_find_people_of_the_demo_registry_and_a_demo_person_finds_vacancies()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedAllDemoDataAsync();
        var (sewing, personId) = await app.QueryAsync(async db =>
        {
            var vacancy = await db.Vacancies.SingleAsync(v => v.Reference == "OFF-000000000001");
            var person = await db.TargetOccupations.Where(t => t.OccupationCode == vacancy.OccupationCode && t.OrganisationId == vacancy.OrganisationId)
                .Join(db.MatchProfiles.Where(m => m.RightToWorkUntil >= vacancy.StartsOn), t => t.PersonId, m => m.PersonId, (t, m) => t.PersonId)
                .FirstAsync();
            return (vacancy.Id, person);
        });
        var client = await app.ApiClientAsync(Demo.Counsellor, "fr");

        var people = Ranking(await PeopleAsync(client, sewing));
        var vacancies = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/matches/people/{personId}/vacancies")).GetProperty("vacancies");

        Assert.Contains(personId, people.Select(p => p.Id));
        Assert.Contains(vacancies.EnumerateArray(), v => v.GetProperty("vacancyId").GetGuid() == sewing);
    }

    [Fact]
    public async Task A_partners_person_is_ranked_only_through_an_open_referral_whose_consent_covers_the_positioning()
    {
        await using var app = await AmudduApp.StartAsync();
        var sent = await app.SendReferralAsync(
            shared: SharedData.PositioningAndSkills, consentAllows: SharedData.PositioningAndSkills, firstName: "Moussa", lastName: "Traoré");
        await PositionAsync(app, sent.Counsellor, sent.PersonId);
        // Turn it around: the person is Entraide Nationale's, referred to the agency, whose counsellor matches its vacancy.
        await app.QueryAsync(async db =>
        {
            await db.People.Where(p => p.Id == sent.PersonId).ExecuteUpdateAsync(u => u.SetProperty(p => p.OrganisationId, sent.EntraideId));
            await db.TargetOccupations.Where(t => t.PersonId == sent.PersonId).ExecuteUpdateAsync(u => u.SetProperty(t => t.OrganisationId, sent.EntraideId));
            await db.PositioningExperiences.Where(e => e.PersonId == sent.PersonId).ExecuteUpdateAsync(u => u.SetProperty(e => e.OrganisationId, sent.EntraideId));
            await db.Referrals.Where(r => r.Id == sent.Id).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.SenderOrganisationId, sent.EntraideId).SetProperty(r => r.RecipientOrganisationId, sent.AnapecId));
            await db.Consents.Where(c => c.Id == sent.ConsentId).ExecuteUpdateAsync(u => u.SetProperty(c => c.RecipientOrganisationId, sent.AnapecId));
            await MatchProfiles.RebuildAsync(db, null, app.Clock, CancellationToken.None);
            return 0;
        });
        var vacancy = await VacancyAsync(app, organisationId: sent.AnapecId);

        var people = await PeopleAsync(sent.Counsellor, vacancy);

        var referred = Assert.Single(people.EnumerateArray());
        Assert.Equal(sent.PersonId, referred.GetProperty("personId").GetGuid());
        Assert.True(referred.GetProperty("viaReferral").GetBoolean());
        // The referral shares the positioning, not the identity: the agency reads the referral, never the name or file number.
        Assert.Equal($"Referred person ({sent.Reference})", referred.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, referred.GetProperty("fileNumber").ValueKind);

        // Once the referral is closed, the person is no longer the agency's to rank.
        await app.QueryAsync(db => db.Referrals.Where(r => r.Id == sent.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ReferralStatus.Closed)));
        Assert.Empty(Ranking(await PeopleAsync(sent.Counsellor, vacancy)));
    }

    [Fact]
    public async Task A_shortlisted_person_keeps_the_score_the_ranking_gave_them_for_that_vacancy()
    {
        await using var app = await AmudduApp.StartAsync();
        var full = await PositionedAsync(app, "Moussa", "Traoré");
        var lacking = await PositionedAsync(app, "Ibrahima", "Diop", skills: ["SK-WELDING"], french: "A2", years: 0);
        var vacancy = await VacancyAsync(app);
        var client = await app.ApiClientAsync(Demo.Counsellor, "fr");
        var ranking = Ranking(await PeopleAsync(client, vacancy));

        foreach (var personId in new[] { full, lacking })
        {
            var created = await client.PostAsJsonAsync($"/api/v1/vacancies/{vacancy}/candidates", new { personId });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var candidacy = await created.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(ranking.Single(r => r.Id == personId).Score, candidacy.GetProperty("score").GetInt32());
        }

        Assert.NotEqual(ranking[0].Score, ranking[1].Score);
    }

    [Fact]
    public async Task A_person_sees_the_open_vacancies_not_yet_closed_best_first_with_the_trainings_for_the_gaps()
    {
        await using var app = await AmudduApp.StartAsync();
        var person = await PositionedAsync(app, "Ibrahima", "Diop", skills: ["SK-WELDING"]);
        var welder = await VacancyAsync(app);
        var bodywork = await VacancyAsync(app, occupation: "OCC-PANEL-BEATER");
        await VacancyAsync(app, status: VacancyStatus.Draft);
        await VacancyAsync(app, closesOn: app.Today.AddDays(-1));
        await VacancyAsync(app, occupation: "OCC-COOK");
        await VacancyAsync(app, startsOn: app.Today.AddYears(3));
        await TrainingAsync(app, "OCC-WELDER", "Soudure et lecture de plans");
        var client = await app.ApiClientAsync(Demo.Counsellor, "en");

        var response = await client.GetFromJsonAsync<JsonElement>($"/api/v1/matches/people/{person}/vacancies");

        Assert.True(response.GetProperty("hasProfile").GetBoolean());
        Assert.Equal(20, response.GetProperty("limit").GetInt32());
        var vacancies = response.GetProperty("vacancies").EnumerateArray().ToList();
        Assert.Equal([welder, bodywork], vacancies.Select(v => v.GetProperty("vacancyId").GetGuid()));
        Assert.True(vacancies[0].GetProperty("score").GetInt32() > vacancies[1].GetProperty("score").GetInt32());
        Assert.Contains(vacancies[0].GetProperty("trainings").EnumerateArray(), t => t.GetProperty("skillCode").GetString() == "SK-PLANS");
        Assert.Contains("Missing:", vacancies[0].GetProperty("parts")[1].GetProperty("reason").GetString());
        await (await client.GetAsync($"/api/v1/matches/people/{person}/vacancies?limit=500")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Another_organisations_vacancy_and_person_are_not_found_and_their_people_never_appear()
    {
        await using var app = await AmudduApp.StartAsync();
        var person = await PositionedAsync(app, "Moussa", "Traoré");
        var vacancy = await VacancyAsync(app);
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor, "en");
        var ngoOrganisation = await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.NgoCounsellor).Select(u => u.OrganisationId).SingleAsync());
        var ngoVacancy = await VacancyAsync(app, organisationId: ngoOrganisation);

        await (await ngo.GetAsync($"/api/v1/matches/vacancies/{vacancy}/people")).ProblemAsync(HttpStatusCode.NotFound);
        await (await ngo.GetAsync($"/api/v1/matches/people/{person}/vacancies")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(Ranking(await PeopleAsync(ngo, ngoVacancy)));
    }

    [Fact]
    public async Task Erased_and_merged_people_leave_the_rankings()
    {
        await using var app = await AmudduApp.StartAsync();
        var erased = await PositionedAsync(app, "Moussa", "Traoré");
        var survivor = await PositionedAsync(app, "Ibrahima", "Diop", skills: ["SK-WELDING"]);
        var (client, duplicate) = await RegisterAsync(app, "Ibrahim", "Diop");
        await Positioning.PositioningApi.AddAsync(client, duplicate, "target-occupations", new { occupationCode = "OCC-PANEL-BEATER", priority = 1 });
        await DocumentAsync(client, duplicate, "RESIDENCE_CARD", app.Today.AddYears(1));
        var vacancy = await VacancyAsync(app);
        Assert.Equal(new[] { erased, survivor, duplicate }.Order(), Ranking(await PeopleAsync(client, vacancy)).Select(r => r.Id).Order());

        (await RightsData.EraseAsync(client, erased, await RightsData.FileNumberAsync(client, erased))).EnsureSuccessStatusCode();
        var merge = await client.PostAsJsonAsync($"/api/v1/people/{survivor}/merge", new
        {
            duplicateId = duplicate, survivorVersion = await RightsData.VersionAsync(client, survivor),
            duplicateVersion = await RightsData.VersionAsync(client, duplicate),
        });

        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        Assert.Equal([survivor], Ranking(await PeopleAsync(client, vacancy)).Select(r => r.Id));
        Assert.Equal(0, await app.QueryAsync(db => db.MatchProfiles.CountAsync(p => p.PersonId == erased || p.PersonId == duplicate)));
        var merged = await app.QueryAsync(db => db.MatchProfiles.SingleAsync(p => p.PersonId == survivor));
        Assert.Contains("OCC-PANEL-BEATER", merged.Data);
        await (await client.GetAsync($"/api/v1/matches/people/{erased}/vacancies")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/matches/people/{duplicate}/vacancies")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
