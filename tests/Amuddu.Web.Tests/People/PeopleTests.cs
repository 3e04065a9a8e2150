using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.People;

public sealed class PeopleTests
{
    private static async Task<Guid> SiteOfAsync(AmudduApp app, string email) =>
        await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).SiteId!.Value));

    private static async Task<object> PersonAsync(AmudduApp app, string email, string? firstName = "Mohamed", string? lastName = "Diallo",
        string? firstNameArabic = null, string? lastNameArabic = null, string? dateOfBirth = "1990-05-12", string? phone = "06 12 34 56 78",
        string nationality = "GN", string region = "MA-06") => new
    {
        firstName, lastName, firstNameArabic, lastNameArabic, sex = "Male", dateOfBirth, nationalityCode = nationality,
        languages = new[] { "fr", "ff" }, phone, whatsApp = (string?)null, email = (string?)null, regionCode = region, city = "Casablanca",
        neighbourhood = "Hay Hassani", householdSize = 3, heardFrom = "CommunityAgent", siteId = await SiteOfAsync(app, email),
    };

    private static async Task<JsonElement> RegisterAsync(HttpClient client, object person, params Guid[] notDuplicateOf)
    {
        var response = await client.PostAsJsonAsync("/api/v1/people", new { person, notDuplicateOf });
        Assert.True(HttpStatusCode.Created == response.StatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_counsellor_registers_a_person_and_opening_the_file_is_logged()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);

        var created = await RegisterAsync(client, await PersonAsync(app, Demo.Counsellor));
        var id = created.GetProperty("id").GetGuid();
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}");

        Assert.Matches(@"^\d{4}-\d{6}$", created.GetProperty("fileNumber").GetString());
        Assert.Equal("+212612345678", read.GetProperty("phone").GetString());
        Assert.Equal("1990-05-12", read.GetProperty("dateOfBirth").GetString());
        Assert.Equal(["fr", "ff"], read.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Single(await app.AuditAsync(AuditActions.PersonRegistered), e => e.Subject == $"person {id}");
        Assert.Single(await app.AuditAsync(AuditActions.PersonViewed), e => e.Subject == $"person {id}" && e.UserId is not null);
    }

    [Fact]
    public async Task A_name_in_arabic_script_only_with_a_birth_year_is_a_full_registration()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);

        var created = await RegisterAsync(client, await PersonAsync(app, Demo.Counsellor, null, null, "محمد", "ديالو", "1990", nationality: "SD"));

        Assert.Equal("محمد", created.GetProperty("firstNameArabic").GetString());
        Assert.Equal("1990", created.GetProperty("dateOfBirth").GetString());
    }

    [Fact]
    public async Task Search_finds_people_by_name_in_either_script_and_spelling_by_phone_in_any_format_and_by_file_number()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var latin = await RegisterAsync(client, await PersonAsync(app, Demo.Counsellor, "Mohammed", "Traoré", phone: "0661000001"));
        var arabic = await RegisterAsync(client, await PersonAsync(app, Demo.Counsellor, null, null, "فاطمة", "الزهراء", "1985", "0700998877"));
        await RegisterAsync(client, await PersonAsync(app, Demo.Counsellor, "Ousmane", "Keita", phone: "0677123456"));

        async Task<string[]> FindAsync(string query) =>
            [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people?query={Uri.EscapeDataString(query)}"))
                .GetProperty("items").EnumerateArray().Select(p => p.GetProperty("fileNumber").GetString()!)];

        var latinNumber = latin.GetProperty("fileNumber").GetString()!;
        Assert.Equal([latinNumber], await FindAsync("muhammad traore"));
        Assert.Equal([latinNumber], await FindAsync("+212 661-000001"));
        Assert.Equal([latinNumber], await FindAsync(latinNumber));
        Assert.Equal([arabic.GetProperty("fileNumber").GetString()!], await FindAsync("Fatima"));
        Assert.Empty(await FindAsync("Mahmoud Traore"));
        Assert.Equal(3, (await FindAsync("")).Length);
    }

    [Fact]
    public async Task Search_filters_by_site_counsellor_stage_nationality_and_legal_status_alone_or_with_a_name()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, guinean) = await app.RegisterSomeoneAsync("Mamadou", "Diallo", "GN");
        var (_, malian) = await app.RegisterSomeoneAsync("Moussa", "Diallo", "ML");
        var (_, refugee) = await app.RegisterSomeoneAsync("Grace", "Mbeki", "CM");
        var today = app.Today;
        await client.PostAsJsonAsync($"/api/v1/people/{refugee}/documents",
            new { typeCode = "REFUGEE_CARD", number = "RF-100200", issuedOn = today.AddYears(-1).ToString("yyyy-MM-dd"), expiresOn = today.AddYears(1).ToString("yyyy-MM-dd") });
        // A residence card that has expired gives no status: the asylum receipt still valid does.
        await client.PostAsJsonAsync($"/api/v1/people/{malian}/documents",
            new { typeCode = "RESIDENCE_CARD", number = "RC-300400", issuedOn = today.AddYears(-3).ToString("yyyy-MM-dd"), expiresOn = today.AddDays(-1).ToString("yyyy-MM-dd") });
        await client.PostAsJsonAsync($"/api/v1/people/{malian}/documents",
            new { typeCode = "ASYLUM_RECEIPT", number = "AR-500600", issuedOn = today.AddMonths(-2).ToString("yyyy-MM-dd"), expiresOn = today.AddMonths(4).ToString("yyyy-MM-dd") });
        await app.QueryAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == guinean);
            person.Stage = Amuddu.Web.Features.People.PathwayStage.Employed;
            person.CounsellorId = null;
            return await db.SaveChangesAsync();
        });
        var counsellor = await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == Demo.Counsellor).Id));
        var site = await SiteOfAsync(app, Demo.Counsellor);

        async Task<Guid[]> FindAsync(string filters) =>
            [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people?{filters}"))
                .GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())];

        Assert.Equal([guinean], await FindAsync("stage=Employed"));
        Assert.Equal([malian], await FindAsync("query=diallo&stage=Received"));
        Assert.Equal([malian], await FindAsync("nationality=ML"));
        Assert.Equal([refugee], await FindAsync("legalStatus=REFUGEE"));
        Assert.Equal([malian], await FindAsync("query=diallo&legalStatus=ASYLUM_SEEKER"));
        Assert.Empty(await FindAsync("legalStatus=REGULARISED_MIGRANT"));
        Assert.Equal(2, (await FindAsync($"counsellorId={counsellor}")).Length);
        Assert.Equal(3, (await FindAsync($"siteId={site}")).Length);
        Assert.Empty(await FindAsync($"siteId={Guid.NewGuid()}"));

        var unknown = await (await client.GetAsync("/api/v1/people?nationality=XX&legalStatus=PIRATE")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("nationality", out _));
        Assert.True(unknown.GetProperty("errors").TryGetProperty("legalStatus", out _));
        await (await client.GetAsync("/api/v1/people?stage=Astronaut")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_people_page_filters_and_keeps_the_chosen_filters()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.RegisterSomeoneAsync("Mamadou", "Diallo", "GN");
        await app.RegisterSomeoneAsync("Moussa", "Keita", "ML");
        var web = app.CreateBrowser("en");
        await app.WebSignInAsync(web, Demo.Counsellor);

        var html = await (await web.GetAsync("/people?nationality=ML&stage=Received")).ReadHtmlAsync();

        Assert.Contains("Keita", html);
        Assert.DoesNotContain("Diallo", html);
        Assert.Contains("<option value=\"ML\" selected", html);
        Assert.Contains("Received", html);
        var refused = await (await web.GetAsync("/people?nationality=XX")).ReadHtmlAsync();
        Assert.Contains("role=\"alert\"", refused);
    }

    [Fact]
    public async Task A_likely_duplicate_is_shown_with_reasons_and_registering_anyway_needs_an_answer()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor, "en");
        var first = await RegisterAsync(client, await PersonAsync(app, Demo.Counsellor));
        var again = await PersonAsync(app, Demo.Counsellor, "Muhammad", "Diallo", dateOfBirth: "1990-12-05", phone: "+212 6 12 34 56 78");

        var refused = await client.PostAsJsonAsync("/api/v1/people", new { person = again });
        var problem = await refused.ProblemAsync(HttpStatusCode.Conflict);
        var candidate = Assert.Single(problem.GetProperty("candidates").EnumerateArray());
        Assert.Equal(first.GetProperty("id").GetGuid(), candidate.GetProperty("personId").GetGuid());
        var reasons = candidate.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("Birth : day and month swapped", reasons);
        Assert.Contains("Phone : identical", reasons);

        var check = await client.PostAsJsonAsync("/api/v1/people/duplicate-check", again);
        Assert.Single((await check.Content.ReadFromJsonAsync<JsonElement[]>())!);

        var registered = await RegisterAsync(client, again, first.GetProperty("id").GetGuid());
        Assert.NotEqual(first.GetProperty("fileNumber").GetString(), registered.GetProperty("fileNumber").GetString());
        Assert.Contains(await app.AuditAsync(AuditActions.PersonRegistered), e => e.Detail?.Contains(first.GetProperty("id").GetGuid().ToString(), StringComparison.Ordinal) == true);
        Assert.Equal(2, await app.QueryAsync(db => Task.FromResult(db.People.Count())));
    }

    [Fact]
    public async Task Mohamed_and_Mahmoud_are_different_people()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        await RegisterAsync(client, await PersonAsync(app, Demo.Counsellor, "Mohamed", "Benali", dateOfBirth: "1988-01-01", phone: null));

        await RegisterAsync(client, await PersonAsync(app, Demo.Counsellor, "Mahmoud", "Benali", dateOfBirth: "1979-07-30", phone: null));
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_saves_nothing()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor, "en");
        var otherSite = await SiteOfAsync(app, Demo.NgoCounsellor);
        var person = new
        {
            firstName = "محمد", lastName = "", firstNameArabic = "Mohamed", sex = (string?)null, dateOfBirth = "1956-04-31",
            nationalityCode = "XX", languages = new[] { "zz" }, phone = "06 12 AB 56 78", email = "not-mail", regionCode = "MA-13",
            city = "", householdSize = 0, heardFrom = (string?)null, siteId = otherSite,
        };

        var response = await client.PostAsJsonAsync("/api/v1/people", new { person });

        var errors = (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        foreach (var field in new[] { "firstName", "lastName", "firstNameArabic", "sex", "dateOfBirth", "nationalityCode", "languages", "phone", "email", "regionCode", "city", "householdSize", "heardFrom", "siteId" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.StartsWith("That date of birth is impossible", errors.GetProperty("dateOfBirth")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.People.Count())));
    }

    [Theory]
    [InlineData("2031-01-01")]
    [InlineData("1890")]
    [InlineData("12/05/1990")]
    public async Task Impossible_or_unreadable_birth_dates_are_refused(string dateOfBirth)
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);

        var response = await client.PostAsJsonAsync("/api/v1/people", new { person = await PersonAsync(app, Demo.Counsellor, dateOfBirth: dateOfBirth) });

        var errors = (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("dateOfBirth", out _));
    }

    [Fact]
    public async Task Another_organisation_s_person_does_not_exist_for_you_in_any_endpoint()
    {
        await using var app = await AmudduApp.StartAsync();
        var anapec = await app.ApiClientAsync(Demo.Counsellor);
        var created = await RegisterAsync(anapec, await PersonAsync(app, Demo.Counsellor));
        var id = created.GetProperty("id").GetGuid();
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);

        var read = await ngo.GetAsync($"/api/v1/people/{id}");
        var missing = await ngo.GetAsync($"/api/v1/people/{Guid.NewGuid()}");
        var change = await ngo.PutAsJsonAsync($"/api/v1/people/{id}", new { person = await PersonAsync(app, Demo.NgoCounsellor), version = 1 });
        var search = await ngo.GetFromJsonAsync<JsonElement>("/api/v1/people?query=Mohamed%20Diallo");
        var byNumber = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/people?query={created.GetProperty("fileNumber").GetString()}");
        var duplicates = await ngo.PostAsJsonAsync("/api/v1/people/duplicate-check", await PersonAsync(app, Demo.NgoCounsellor));

        Assert.Equal((await missing.ProblemAsync(HttpStatusCode.NotFound)).GetProperty("title").GetString(),
            (await read.ProblemAsync(HttpStatusCode.NotFound)).GetProperty("title").GetString());
        await change.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(search.GetProperty("items").EnumerateArray());
        Assert.Empty(byNumber.GetProperty("items").EnumerateArray());
        Assert.Empty((await duplicates.Content.ReadFromJsonAsync<JsonElement[]>())!);
        Assert.Equal("Mohamed", await app.QueryAsync(db => Task.FromResult(db.People.Single().FirstName)));
    }

    [Fact]
    public async Task Roles_that_do_not_follow_people_cannot_open_files()
    {
        await using var app = await AmudduApp.StartAsync();

        await (await (await app.ApiClientAsync(Demo.Caseworker)).GetAsync("/api/v1/people")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await app.ApiClientAsync(Demo.Admin)).GetAsync("/api/v1/people")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Two_corrections_from_the_same_version_one_wins_the_other_gets_409()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var created = await RegisterAsync(client, await PersonAsync(app, Demo.Counsellor));
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt64();

        var first = client.PutAsJsonAsync($"/api/v1/people/{id}", new { person = await PersonAsync(app, Demo.Counsellor, lastName: "Diallo-Bah"), version });
        var second = client.PutAsJsonAsync($"/api/v1/people/{id}", new { person = await PersonAsync(app, Demo.Counsellor, lastName: "Bah"), version });
        var statuses = (await Task.WhenAll(first, second)).Select(r => r.StatusCode).Order().ToList();

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var saved = await app.QueryAsync(db => Task.FromResult(db.People.Single()));
        Assert.Equal(version + 1, saved.Version);
        Assert.Contains(saved.LastName, new[] { "Diallo-Bah", "Bah" });
        var search = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people?query={Uri.EscapeDataString(saved.LastName!)}");
        Assert.Single(search.GetProperty("items").EnumerateArray());
    }
}

public sealed class DemoPeopleTests
{
    [Fact]
    public async Task The_demo_registry_has_a_few_hundred_people_at_two_agencies_findable_in_both_scripts()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.QueryAsync(async db =>
        {
            var anapec = db.Organisations.Single(o => o.Acronym == "ANAPEC").Id;
            var casablanca = db.Sites.Single(s => s.Name == Amuddu.Web.Features.Demo.DemoOrganisations.CasablancaAgency).Id;
            var rabat = db.Sites.Single(s => s.Name == Amuddu.Web.Features.Demo.DemoOrganisations.RabatAgency).Id;
            var counsellor = db.Users.Single(u => u.Email == Demo.Counsellor).Id;
            await Amuddu.Web.Features.Demo.DemoPeople.SeedAsync(db, anapec, [(casablanca, counsellor, "Casablanca", "MA-06"), (rabat, counsellor, "Rabat", "MA-04")],
                app.Clock, CancellationToken.None);
            return 0;
        });
        var client = await app.ApiClientAsync(Demo.Counsellor);

        var bySite = await app.QueryAsync(db => Task.FromResult(db.People.GroupBy(p => p.SiteId).Select(g => g.Count()).ToList()));
        var arabic = await client.GetFromJsonAsync<JsonElement>("/api/v1/people?query=" + Uri.EscapeDataString("محمد") + "&pageSize=100");
        var latin = await client.GetFromJsonAsync<JsonElement>("/api/v1/people?query=Mohamed&pageSize=100");

        Assert.Equal(Amuddu.Web.Features.Demo.DemoPeople.Count, bySite.Sum());
        Assert.Equal(2, bySite.Count);
        Assert.NotEmpty(arabic.GetProperty("items").EnumerateArray());
        Assert.Equal(arabic.GetProperty("items").GetArrayLength(), latin.GetProperty("items").GetArrayLength());
    }
}
