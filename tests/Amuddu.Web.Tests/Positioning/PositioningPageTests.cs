using System.Net;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Amuddu.Web.Tests.Positioning.PositioningApi;

namespace Amuddu.Web.Tests.Positioning;

public sealed partial class PositioningPageTests
{
    [Fact]
    public async Task The_editor_records_the_interview_and_moves_the_person_to_positioned()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/positioning";

        var saved = await browser.SubmitFormAsync(page, "positioning-interview",
            ("Interview.InterviewedOn", app.Today.ToString("yyyy-MM-dd")),
            ("Interview.EducationLevel", "Vocational"), ("Interview.Availability", "PartTime"),
            ("Interview.Constraints", "Childcare"), ("Interview.Constraints", "Transport"),
            ("Interview.ConstraintNote", "Garde partagée avec la voisine."), ("Interview.Strengths", "Couturière expérimentée."));
        var html = await saved.ReadHtmlAsync();

        Assert.Contains("Enregistré.", html, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" name=\"Interview.Constraints\" value=\"Transport\" checked", html);
        Assert.Contains("Garde partagée avec la voisine.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Interview.Version\" value=\"1\"", html, StringComparison.Ordinal);
        var stored = await app.QueryAsync(db => db.PositioningRecords.AsNoTracking().SingleAsync());
        Assert.Equal(PersonConstraints.Childcare | PersonConstraints.Transport, stored.Constraints);
        Assert.Equal(EducationLevel.Vocational, stored.EducationLevel);
        Assert.Equal(PathwayStage.Positioned, await app.QueryAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.Stage).SingleAsync()));

        var again = await (await browser.SubmitFormAsync(page, "positioning-interview",
            ("Interview.InterviewedOn", app.Today.AddDays(3).ToString("yyyy-MM-dd")),
            ("Interview.EducationLevel", "Vocational"), ("Interview.Availability", "PartTime"))).ReadHtmlAsync();
        Assert.Contains("Le champ « Date de l'entretien » ne peut pas être dans le futur.", again, StringComparison.Ordinal);
        Assert.Contains($"value=\"{app.Today.AddDays(3):dd/MM/yyyy}\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_interview_counsellor_list_offers_counsellors_only_not_the_analyst_the_officer_or_the_administrator()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var html = await (await browser.GetAsync($"/people/{personId}/positioning")).ReadHtmlAsync();
        var select = Regex.Match(html, "<select id=\"counsellorId\".*?</select>", RegexOptions.Singleline).Value;

        Assert.Contains("Youssef El Amrani", select, StringComparison.Ordinal);
        Assert.Contains("Nadia Tazi", select, StringComparison.Ordinal);
        foreach (var role in new[] { Roles.Analyst, Roles.ProgrammeOfficer, Roles.Administrator, Roles.CommunityAgent })
        {
            Assert.All(DemoAccounts.All.Where(a => a.Role == role), a => Assert.DoesNotContain(a.DisplayName, select, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_editor_adds_a_diploma_keeps_a_wrong_one_as_typed_edits_and_removes_lines()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/positioning";

        var bad = await (await browser.SubmitFormAsync(page, "diploma", ("Diploma.Title", "CAP Couture"), ("Diploma.Level", "Vocational"),
            ("Diploma.Field", "Habillement"), ("Diploma.CountryCode", "SN"), ("Diploma.Year", (app.Today.Year + 2).ToString()))).ReadHtmlAsync();
        Assert.Contains("Certains champs sont à corriger.", bad, StringComparison.Ordinal);
        Assert.Contains($"Le champ « Année d'obtention » doit être entre 1950 et {app.Today.Year}.", bad, StringComparison.Ordinal);
        Assert.Contains("Le champ « Reconnaissance au Maroc » est obligatoire.", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"CAP Couture\"", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"Habillement\"", bad, StringComparison.Ordinal);
        Assert.Contains("<option value=\"SN\" selected", bad, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.PositioningDiplomas.CountAsync()));

        var good = await (await browser.SubmitFormAsync(page, "diploma", ("Diploma.Title", "CAP Couture"), ("Diploma.Level", "Vocational"),
            ("Diploma.CountryCode", "SN"), ("Diploma.Year", "2015"), ("Diploma.Recognition", "NotRequested"))).ReadHtmlAsync();
        Assert.Contains("<td>CAP Couture</td>", good, StringComparison.Ordinal);
        Assert.Contains("<td>Non demandée</td>", good, StringComparison.Ordinal);
        var id = await app.QueryAsync(db => db.PositioningDiplomas.Select(d => d.Id).SingleAsync());

        var edit = $"{page}?edit={id}";
        Assert.Contains("value=\"CAP Couture\"", await (await browser.GetAsync(edit)).ReadHtmlAsync(), StringComparison.Ordinal);
        var edited = await browser.SubmitFormAsync(edit, "diploma", ("Diploma.Title", "CAP Couture flou"), ("Diploma.Level", "Vocational"),
            ("Diploma.CountryCode", "SN"), ("Diploma.Year", "2015"), ("Diploma.Recognition", "Recognised"));
        Assert.Contains("<td>CAP Couture flou</td>", await edited.ReadHtmlAsync(), StringComparison.Ordinal);
        var diploma = await app.QueryAsync(db => db.PositioningDiplomas.AsNoTracking().SingleAsync());
        Assert.Equal((DiplomaRecognition.Recognised, 2015, 2L), (diploma.Recognition, diploma.Year, diploma.Version));

        var skill = await (await browser.SubmitFormAsync(page, "skill", ("Skill.SkillCode", "SK-SEWING-MACHINE"), ("Skill.Level", "Advanced"))).ReadHtmlAsync();
        Assert.Contains("<td>Coudre sur machine industrielle</td>", skill, StringComparison.Ordinal);
        var removed = await (await browser.SubmitFormAsync(page, "remove-diploma", ("RemoveLine", $"{id}:2"))).ReadHtmlAsync();
        Assert.Contains("Retiré.", removed, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.PositioningDiplomas.CountAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.PositioningSkills.CountAsync()));
    }

    [Fact]
    public async Task The_file_shows_the_positioning_with_links_and_the_profile_prints_it_without_the_confidential_note()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        await RecordAsync(client, personId, Interview(app.Today));
        foreach (var (list, body) in Lines(app.Today))
        {
            await AddAsync(client, personId, list, body);
        }

        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var file = await (await browser.GetAsync($"/people/{personId}")).ReadHtmlAsync();
        var profile = await (await browser.GetAsync($"/people/{personId}/profile")).ReadHtmlAsync();

        // The overview's card links to the positioning page and to the printable profile.
        Assert.Contains($"<a href=\"/people/{personId}/positioning\">Positionnement</a>", file, StringComparison.Ordinal);
        Assert.Contains("Entretien le ", file, StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{personId}/profile\">Profil imprimable</a>", file, StringComparison.Ordinal);
        Assert.DoesNotContain("Asthme", file, StringComparison.Ordinal);

        Assert.Contains("href=\"positioning.css\"", profile, StringComparison.Ordinal);
        Assert.Contains("<h1>Awa Sow</h1>", profile, StringComparison.Ordinal);
        Assert.Contains("Rigoureuse, parle trois langues", profile, StringComparison.Ordinal);
        Assert.Contains("<td dir=\"ltr\">C1</td>", profile, StringComparison.Ordinal);
        Assert.Contains("Baccalauréat série D", profile, StringComparison.Ordinal);
        Assert.Contains("Équivalence en cours", profile, StringComparison.Ordinal);
        Assert.Contains("Téléconseillère chez Orange Dakar", profile, StringComparison.Ordinal);
        Assert.Contains("Répondre aux appels des clients — Confirmé", profile, StringComparison.Ordinal);
        Assert.Contains("Français", profile, StringComparison.Ordinal);
        Assert.Contains("Centre d'appels Atlantic Contact", profile, StringComparison.Ordinal);
        Assert.Contains("Concluant", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("Asthme", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("Santé", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("Très bonne élocution", profile, StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(PositioningAudit.ProfileViewed));
        Assert.Empty(await app.AuditAsync(PositioningAudit.NoteViewed));

        var css = await app.CreateClient().GetStringAsync("/positioning.css");
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains("size: A4", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_in_arabic_is_right_to_left_with_arabic_labels()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        await RecordAsync(client, personId, Interview(app.Today));
        await AddAsync(client, personId, "target-occupations", new { occupationCode = "OCC-WELDER", priority = 1 });
        var browser = app.CreateBrowser("ar");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var profile = await (await browser.GetAsync($"/people/{personId}/profile")).ReadHtmlAsync();

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", profile, StringComparison.Ordinal);
        Assert.Contains("الملف المهني", profile, StringComparison.Ordinal);
        Assert.Contains("<li>لحّام</li>", profile, StringComparison.Ordinal);
        Assert.Contains("ثانوي تأهيلي", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_positions_people_with_valid_varied_records()
    {
        await using var app = await AmudduApp.StartAsync();
        var ids = new List<Guid>();
        foreach (var (first, last, country) in new[] { ("Awa", "Sow", "SN"), ("Moussa", "Keita", "ML"), ("Omar", "Haddad", "SY"), ("Grace", "Mbeki", "CM"), ("Ibrahim", "Diallo", "GN"), ("Esther", "Okafor", "NG") })
        {
            ids.Add((await app.RegisterSomeoneAsync(first, last, country)).PersonId);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Amuddu.Web.Data.AmudduDbContext>();
            var people = await db.People.Where(p => ids.Contains(p.Id)).ToListAsync();
            foreach (var person in people)
            {
                person.Languages = person.NationalityCode == "SY" ? ["ar"] : ["fr", "wo"];
            }

            await DemoPositioning.SeedAsync(db, [.. people.Select((p, i) => (p, i % 2 == 0 ? DemoStage.Outcome : DemoStage.Positioned))], app.Clock,
                CancellationToken.None, scope.ServiceProvider.GetRequiredService<FieldProtector>());
        }

        var records = await app.QueryAsync(db => db.PositioningRecords.AsNoTracking().ToListAsync());
        Assert.Equal(ids.Count, records.Count);
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.Strengths)));
        Assert.True(records.Select(r => r.Strengths).Distinct().Count() > 1);
        Assert.Equal(ids.Count, await app.QueryAsync(db => db.People.CountAsync(p => ids.Contains(p.Id) && p.Stage == PathwayStage.Positioned)));
        Assert.True(await app.QueryAsync(db => db.TargetOccupations.CountAsync()) >= ids.Count);
        Assert.True(await app.QueryAsync(db => db.PositioningLanguages.CountAsync(l => l.MotherTongue)) >= ids.Count);

        // What the demo wrote reads back through the API like anything a counsellor typed.
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var read = await GetAsync(client, ids[0]);
        Assert.NotEmpty(read.GetProperty("skills").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url(ids[1]))).StatusCode);
    }
}
