using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Amuddu.Web.Features.Vacancies;
using Amuddu.Web.Tests.Employers;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Vacancies;

public sealed class VacancyPagesTests
{
    private static List<KeyValuePair<string, string>> Fields(DateOnly today, string closesOn) =>
    [
        new("Title", "Piqueuse"), new("OccupationCode", "OCC-SEWING-OPERATOR"), new("EssentialSkills", "SK-SEWING-MACHINE"),
        new("EssentialSkills", "SK-FABRIC-CUTTING"), new("Language0", "ar"), new("Level0", "B1"), new("Regions", "MA-06"), new("City", "Casablanca"),
        new("Contract", "FixedTerm"), new("Hours", "44"), new("PayMin", "3000"), new("PayMax", "3500"), new("Posts", "3"),
        new("StartsOn", today.AddDays(20).ToString("dd/MM/yyyy")), new("ClosesOn", closesOn),
    ];

    [Fact]
    public async Task The_employer_writes_and_submits_a_vacancy_in_the_pages_and_the_counsellor_validates_it_from_the_home()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.GiveAtlasAFileAsync();
        var employer = app.CreateBrowser("en");
        await app.WebSignInAsync(employer, Demo.Employer);
        var home = await (await employer.GetAsync("/home")).ReadHtmlAsync();
        Assert.Contains("href=\"/employer/vacancies\"", home);

        // A closing date before the start: refused, what was typed kept.
        var today = app.Today;
        var wrong = await employer.SubmitFormAsync("/employer/vacancies", "vacancy", Fields(today, today.AddDays(5).ToString("dd/MM/yyyy")));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var html = await wrong.ReadHtmlAsync();
        Assert.Contains("The closing date cannot come before the start date.", html);
        Assert.Contains("value=\"Piqueuse\"", html);
        Assert.Equal(0, await app.QueryAsync(db => db.Vacancies.CountAsync()));

        var created = await employer.SubmitFormAsync("/employer/vacancies", "vacancy", Fields(today, today.AddDays(40).ToString("dd/MM/yyyy")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Target().Split('?')[0];
        Assert.StartsWith("/employer/vacancies/", page, StringComparison.Ordinal);
        var submitted = await employer.SubmitFormAsync(page, "move-Submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("To validate", await (await employer.GetAsync(submitted.Target())).ReadHtmlAsync());

        var counsellor = app.CreateBrowser("en");
        await app.WebSignInAsync(counsellor, Demo.Counsellor);
        var id = page.Split('/')[^1];
        Assert.Contains($"href=\"/vacancies/{id}\"", await (await counsellor.GetAsync("/home")).ReadHtmlAsync());
        // The employer's page is not the counsellor's, nor the counsellor's the employer's.
        Assert.Equal(HttpStatusCode.NotFound, (await counsellor.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/vacancies/{id}")).StatusCode);

        var validated = await counsellor.SubmitFormAsync($"/vacancies/{id}", "move-Validate");
        Assert.Equal(HttpStatusCode.Redirect, validated.StatusCode);
        var open = await (await counsellor.GetAsync(validated.Target())).ReadHtmlAsync();
        Assert.Contains("Vacancy validated: it is open.", open);
        Assert.Contains("needs a work contract for a foreigner approved by the ministry in charge of employment", open);
        Assert.Contains($"href=\"/vacancies/{id}/matches\"", open);
        Assert.Contains($"href=\"/employer/vacancies/{id}/candidates\"", await (await employer.GetAsync(page)).ReadHtmlAsync());
        Assert.Equal(VacancyStatus.Open, await app.QueryAsync(db => db.Vacancies.Select(v => v.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_import_form_shows_the_report_and_the_template_downloads_with_the_browser_session()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.GiveAtlasAFileAsync();
        var employer = app.CreateBrowser("fr");
        await app.WebSignInAsync(employer, Demo.Employer);
        var template = await employer.GetAsync("/vacancies/import-template.csv");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.StartsWith("title,occupation_code", (await template.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));

        var page = await (await employer.GetAsync("/employer/vacancies")).ReadHtmlAsync();
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var start = app.Today.AddDays(20).ToString("yyyy-MM-dd");
        var csv = $"title,occupation_code,regions,contract,posts,starts_on,closes_on\nPiqueuse,OCC-SEWING-OPERATOR,MA-06,FixedTerm,2,{start},{start}\nX,OCC-NOTHING,MA-06,FixedTerm,1,{start},{start}\n";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("import"), "_handler" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "File", "offres.csv");
        var response = await employer.PostAsync("/employer/vacancies", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.ReadHtmlAsync();
        Assert.Contains("1 offre(s) créée(s) en brouillon, 1 ligne(s) refusée(s).", html);
        Assert.Contains("Le métier « OCC-NOTHING » n'existe pas dans la nomenclature.", html);
        Assert.Contains("data-row=\"3\"", html);
    }

    [Fact]
    public async Task The_pages_render_in_arabic_right_to_left_and_another_service_gets_not_found()
    {
        await using var app = await AmudduApp.StartAsync();
        var api = await app.ApiClientAsync(Demo.Counsellor);
        var company = await EmployersData.CreateCompanyAsync(api);
        var vacancy = (await EmployersData.CreateVacancyAsync(api, company, app.Today)).GetProperty("id").GetGuid();

        var counsellor = app.CreateBrowser("ar");
        await app.WebSignInAsync(counsellor, Demo.Counsellor);
        foreach (var url in new[] { "/vacancies", $"/vacancies/{vacancy}", "/employers", $"/employers/{company}" })
        {
            var response = await counsellor.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("dir=\"rtl\"", await response.ReadHtmlAsync());
        }

        var stranger = app.CreateBrowser("en");
        await app.WebSignInAsync(stranger, Demo.NgoCounsellor);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/vacancies/{vacancy}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/employers/{company}")).StatusCode);
    }
}
