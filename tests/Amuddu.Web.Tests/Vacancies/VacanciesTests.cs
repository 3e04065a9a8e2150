using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Amuddu.Web.Tests.Employers;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Vacancies;

public sealed class VacanciesTests
{
    private static async Task<JsonElement> ErrorsAsync(HttpClient client, Guid companyId, DateOnly today, Action<Dictionary<string, object?>> change)
    {
        var vacancy = EmployersData.Vacancy(today);
        change(vacancy);
        var response = await client.PostAsJsonAsync("/api/v1/vacancies", new { companyId, vacancy });
        return (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, JsonElement vacancy, string action, string? note = null) =>
        client.PostAsJsonAsync($"/api/v1/vacancies/{vacancy.GetProperty("id").GetGuid()}/{action}", new { version = vacancy.GetProperty("version").GetInt64(), note });

    private static async Task<JsonElement> MovedAsync(HttpClient client, JsonElement vacancy, string action, string? note = null)
    {
        var response = await MoveAsync(client, vacancy, action, note);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Every_rule_answers_a_localised_400_naming_the_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "en");
        var company = await EmployersData.CreateCompanyAsync(counsellor);
        var today = app.Today;

        var errors = await ErrorsAsync(counsellor, company, today, v =>
        {
            v["title"] = " ";
            v["occupationCode"] = "OCC-ASTRONAUT";
            v["skills"] = new object[] { new { skillCode = "SK-SEWING-MACHINE" }, new { skillCode = "SK-FLYING" } };
            v["languages"] = new object[] { new { languageCode = "xx", minimumLevel = "B1" } };
            v["places"] = new object[] { new { regionCode = "MA-99" } };
            v["closesOn"] = today.AddDays(10).ToString("yyyy-MM-dd");
            v["payMin"] = 4000;
            v["payMax"] = 3000;
            v["posts"] = 0;
            v["hoursPerWeek"] = 61;
        });
        Assert.Equal("Job title is required.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("The occupation \"OCC-ASTRONAUT\" is not in the taxonomy.", errors.GetProperty("occupationCode")[0].GetString());
        Assert.Equal("Unknown skill: \"SK-FLYING\".", errors.GetProperty("skills[1]")[0].GetString());
        Assert.False(errors.TryGetProperty("skills[0]", out _));
        Assert.Equal("Unknown language: \"xx\".", errors.GetProperty("languages[0].languageCode")[0].GetString());
        Assert.Equal("Unknown region: \"MA-99\".", errors.GetProperty("places[0].regionCode")[0].GetString());
        Assert.Equal("The closing date cannot come before the start date.", errors.GetProperty("closesOn")[0].GetString());
        Assert.Equal("The maximum pay cannot be below the minimum.", errors.GetProperty("payMax")[0].GetString());
        Assert.True(errors.TryGetProperty("posts", out _));
        Assert.True(errors.TryGetProperty("hoursPerWeek", out _));

        // A CEFR level that does not exist, and an unknown contract, in the JSON itself: a 400 with problem details, never a 500.
        var badLevel = EmployersData.Vacancy(today);
        badLevel["languages"] = new object[] { new { languageCode = "fr", minimumLevel = "D7" } };
        await (await counsellor.PostAsJsonAsync("/api/v1/vacancies", new { companyId = company, vacancy = badLevel })).ProblemAsync(HttpStatusCode.BadRequest);
        var badContract = EmployersData.Vacancy(today);
        badContract["contract"] = 3;
        await (await counsellor.PostAsJsonAsync("/api/v1/vacancies", new { companyId = company, vacancy = badContract })).ProblemAsync(HttpStatusCode.BadRequest);

        // In French too, naming the same fields.
        var french = await app.ApiClientAsync(Demo.Counsellor, "fr");
        var fr = await ErrorsAsync(french, company, today, v => v["skills"] = new object[] { new { skillCode = "SK-FLYING" } });
        Assert.Equal("Compétence inconnue : « SK-FLYING ».", fr.GetProperty("skills[0]")[0].GetString());
        Assert.Equal(0, (await counsellor.GetFromJsonAsync<JsonElement>("/api/v1/vacancies")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_employer_writes_and_submits_the_counsellor_returns_then_validates_and_the_vacancy_moves_to_filled()
    {
        await using var app = await AmudduApp.StartAsync();
        var atlas = await app.GiveAtlasAFileAsync();
        var employer = await app.ApiClientAsync(Demo.Employer, "en");
        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "en");

        var draft = await EmployersData.CreateVacancyAsync(employer, null, app.Today);
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.True(draft.GetProperty("writtenByEmployer").GetBoolean());
        Assert.Equal(atlas, draft.GetProperty("companyId").GetGuid());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("workAuthorisationNotice").ValueKind);

        // The employer cannot validate its own vacancy.
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(employer, draft, "validate")).StatusCode);
        var submitted = await MovedAsync(employer, draft, "submit");
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());
        // The employer can no longer change it; a stale version is a conflict.
        var change = await employer.PutAsJsonAsync($"/api/v1/vacancies/{draft.GetProperty("id")}", new { vacancy = EmployersData.Vacancy(app.Today), version = submitted.GetProperty("version").GetInt64() });
        await change.ProblemAsync(HttpStatusCode.Conflict);
        await (await MoveAsync(counsellor, draft, "validate")).ProblemAsync(HttpStatusCode.Conflict);

        var waiting = await counsellor.GetFromJsonAsync<JsonElement>("/api/v1/vacancies?status=Submitted");
        Assert.Single(waiting.GetProperty("items").EnumerateArray());
        var noNote = await MoveAsync(counsellor, submitted, "return");
        Assert.True((await noNote.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("note", out _));
        var returned = await MovedAsync(counsellor, submitted, "return", "Précisez les horaires.");
        Assert.Equal("Draft", returned.GetProperty("status").GetString());
        Assert.Equal("Précisez les horaires.", returned.GetProperty("statusNote").GetString());

        var edited = EmployersData.Vacancy(app.Today);
        edited["hoursPerWeek"] = 40;
        var saved = await employer.PutAsJsonAsync($"/api/v1/vacancies/{draft.GetProperty("id")}", new { vacancy = edited, version = returned.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var resubmitted = await MovedAsync(employer, await saved.Content.ReadFromJsonAsync<JsonElement>(), "submit");
        var open = await MovedAsync(counsellor, resubmitted, "validate");
        Assert.Equal("Open", open.GetProperty("status").GetString());
        Assert.Equal(40, open.GetProperty("hoursPerWeek").GetInt32());
        Assert.Contains("foreign worker", open.GetProperty("workAuthorisationNotice").GetString());

        // Open: only filled, closed or cancelled; nothing goes back.
        await (await MoveAsync(employer, open, "submit")).ProblemAsync(HttpStatusCode.Conflict);
        var filled = await MovedAsync(employer, open, "fill");
        Assert.Equal("Filled", filled.GetProperty("status").GetString());
        await (await MoveAsync(counsellor, filled, "cancel")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(["fill", "return", "submit", "submit", "validate"],
            (await app.AuditAsync(Web.Features.Employers.EmployersAudit.VacancyMoved)).Select(a => a.Detail).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_counsellor_opens_its_own_draft_and_closes_or_cancels_vacancies()
    {
        await using var app = await AmudduApp.StartAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "en");
        var company = await EmployersData.CreateCompanyAsync(counsellor);
        var first = await EmployersData.CreateVacancyAsync(counsellor, company, app.Today);
        Assert.False(first.GetProperty("writtenByEmployer").GetBoolean());
        var open = await MovedAsync(counsellor, first, "validate");
        Assert.Equal("Closed", (await MovedAsync(counsellor, open, "close", "Plus de besoin.")).GetProperty("status").GetString());

        var second = await EmployersData.CreateVacancyAsync(counsellor, company, app.Today);
        Assert.Equal("Cancelled", (await MovedAsync(counsellor, second, "cancel")).GetProperty("status").GetString());
        // A company the service does not follow cannot be named.
        var unknown = await counsellor.PostAsJsonAsync("/api/v1/vacancies", new { companyId = Guid.NewGuid(), vacancy = EmployersData.Vacancy(app.Today) });
        Assert.True((await unknown.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("companyId", out _));

        var byStatus = await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies?status=Closed&companyId={company}&occupationCode=OCC-SEWING-OPERATOR");
        Assert.Equal([first.GetProperty("id").GetGuid()], byStatus.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Another_service_and_another_company_get_not_found_on_vacancies()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.GiveAtlasAFileAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        var company = await EmployersData.CreateCompanyAsync(counsellor);
        var vacancy = await EmployersData.CreateVacancyAsync(counsellor, company, app.Today);
        var id = vacancy.GetProperty("id").GetGuid();

        foreach (var stranger in new[] { await app.ApiClientAsync(Demo.NgoCounsellor), await app.ApiClientAsync(Demo.Employer) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/vacancies/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync($"/api/v1/vacancies/{id}", new { vacancy = EmployersData.Vacancy(app.Today), version = 1 })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await MoveAsync(stranger, vacancy, "cancel")).StatusCode);
            Assert.Equal(0, (await stranger.GetFromJsonAsync<JsonElement>("/api/v1/vacancies")).GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task The_import_creates_the_good_rows_as_drafts_and_reports_each_rejected_row_with_its_reasons()
    {
        await using var app = await AmudduApp.StartAsync();
        var atlas = await app.GiveAtlasAFileAsync();
        var employer = await app.ApiClientAsync(Demo.Employer, "en");
        var template = await employer.GetStringAsync("/api/v1/vacancies/import-template.csv");
        var header = template.TrimStart('\uFEFF').Split('\n')[0].Trim();
        var start = app.Today.AddDays(20).ToString("yyyy-MM-dd");
        var close = app.Today.AddDays(40).ToString("yyyy-MM-dd");
        var early = app.Today.AddDays(10).ToString("yyyy-MM-dd");
        var csv = string.Join("\n",
            header,
            $"Piqueuse,OCC-SEWING-OPERATOR,SK-SEWING-MACHINE;SK-FABRIC-CUTTING,SK-TEAMWORK,ar:B1;fr:A2,Primary,1,MA-06,Casablanca,FixedTerm,44,3000,3500,4,{start},{close},Équipe du matin",
            $"Coupeur,OCC-GARMENT-CUTTER,SK-FLYING,,fr:D7,,,MA-06,,Permanent,,,,1,{start},{early},",
            $"Contrôleuse qualité,OCC-QUALITY-CONTROLLER,,,,,,MA-04;MA-06,Rabat,Permanent,40,,,2,{start},{close},",
            $",OCC-SEWING-OPERATOR,,,,,,MA-06,,Gig,,,,abc,{start},{close},");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "offres.csv");
        var response = await employer.PostAsync("/api/v1/vacancies/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, report.GetProperty("created").GetInt32());
        var rejected = report.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal([3, 5], rejected.Select(r => r.GetProperty("row").GetInt32()));
        var reasons = rejected[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("Unknown skill: \"SK-FLYING\".", reasons);
        Assert.Contains("Language \"fr:D7\": write the code and the level, e.g. fr:B1.", reasons);
        Assert.Contains("The closing date cannot come before the start date.", reasons);
        var fifth = rejected[1].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("Job title is required.", fifth);
        Assert.Contains("Column contract: \"Gig\" is not a valid value.", fifth);
        Assert.Contains("Column posts: \"abc\" is not a valid value.", fifth);

        var list = await employer.GetFromJsonAsync<JsonElement>("/api/v1/vacancies?status=Draft");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.All(list.GetProperty("items").EnumerateArray(), v => Assert.Equal(atlas, v.GetProperty("companyId").GetGuid()));

        // An XLSX file goes the same way.
        using var workbook = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(workbook, new[]
        {
            new Dictionary<string, object> { ["title"] = "Coupeuse", ["occupation_code"] = "OCC-GARMENT-CUTTER", ["regions"] = "MA-06", ["contract"] = "Seasonal", ["posts"] = 2, ["starts_on"] = start, ["closes_on"] = close },
        }, excelType: MiniExcelLibs.ExcelType.XLSX);
        using var xlsx = new MultipartFormDataContent();
        xlsx.Add(new ByteArrayContent(workbook.ToArray()), "file", "offres.xlsx");
        var fromXlsx = await (await employer.PostAsync("/api/v1/vacancies/import", xlsx)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, fromXlsx.GetProperty("created").GetInt32());

        // A file that is not a spreadsheet is refused as a whole.
        using var junk = new MultipartFormDataContent();
        junk.Add(new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0x00]), "file", "broken.xlsx");
        await (await employer.PostAsync("/api/v1/vacancies/import", junk)).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
