using System.Net;
using System.Net.Http.Json;
using System.Text;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Platform;

/// <summary>Undefined enum values and empty bodies are refused with a 400 naming the field, in the API and in page forms.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task An_enum_given_as_a_number_or_an_unknown_name_is_a_400_naming_the_field_and_nothing_is_stored()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Ndiaye", "SN", minimal: true);
        var site = await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.SiteId!.Value).SingleAsync());
        var people = await app.QueryAsync(db => db.People.CountAsync());

        foreach (var sex in new object[] { 99, "99", 1, "Martian" })
        {
            var person = new
            {
                firstName = "Moussa", lastName = "Traoré", sex, dateOfBirth = "1990-05-01", nationalityCode = "ML",
                regionCode = "MA-04", city = "Rabat", heardFrom = "FriendOrFamily", siteId = site,
            };
            var problem = await (await client.PostAsJsonAsync("/api/v1/people", new { person })).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("person.sex", out _), problem.ToString());
        }

        var consent = await (await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents",
            new { purpose = 99, method = "SignedForm", givenOn = app.Today.ToString("yyyy-MM-dd") })).ProblemAsync(HttpStatusCode.BadRequest);
        var method = await (await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents",
            new { purpose = "Processing", method = 77, givenOn = app.Today.ToString("yyyy-MM-dd") })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(consent.GetProperty("errors").TryGetProperty("purpose", out _), consent.ToString());
        Assert.True(method.GetProperty("errors").TryGetProperty("method", out _), method.ToString());
        Assert.Equal(people, await app.QueryAsync(db => db.People.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.Consents.CountAsync(c => c.PersonId == personId)));
    }

    [Fact]
    public async Task A_text_with_a_nul_character_or_a_list_with_an_empty_item_is_a_400_naming_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Ndiaye", "SN");

        // PostgreSQL cannot store, nor even compare, a NUL character: it was a 500 there.
        var nul = await client.PostAsync($"/api/v1/people/{personId}/positioning/skills",
            new StringContent("{\"skillCode\": \"SK-\\u0000\", \"level\": \"Advanced\"}", Encoding.UTF8, "application/json"));
        var empty = await client.PutAsync($"/api/v1/people/{personId}/positioning",
            new StringContent("{\"constraints\": [null], \"educationLevel\": \"UpperSecondary\", \"availability\": \"FullTime\"}", Encoding.UTF8, "application/json"));

        Assert.True((await nul.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("skillCode", out _));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task An_undefined_enum_in_a_query_is_a_400_naming_the_parameter()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor, "en");

        var number = await (await client.GetAsync("/api/v1/people?stage=99")).ProblemAsync(HttpStatusCode.BadRequest);
        var name = await (await client.GetAsync("/api/v1/people?stage=Nowhere")).ProblemAsync(HttpStatusCode.BadRequest);
        var known = await client.GetAsync("/api/v1/people?stage=Received");

        Assert.True(number.GetProperty("errors").TryGetProperty("stage", out var message), number.ToString());
        Assert.Equal("The value of stage is not valid.", message[0].GetString());
        Assert.True(name.TryGetProperty("errors", out var errors) && errors.TryGetProperty("stage", out _), name.ToString());
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    [Fact]
    public async Task A_null_or_empty_body_on_a_positioning_list_is_a_400_naming_the_body()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Ndiaye", "SN");
        var diploma = await Positioning.PositioningApi.AddAsync(client, personId, "diplomas", Positioning.PositioningApi.Lines(app.Today)["diplomas"]);
        var itemId = diploma.GetProperty("id").GetGuid();

        foreach (var list in new[] { "diplomas", "languages", "experiences", "skills", "target-occupations", "tests", "tryouts" })
        {
            foreach (var body in new[] { "null", "" })
            {
                var added = await client.PostAsync($"/api/v1/people/{personId}/positioning/{list}", new StringContent(body, Encoding.UTF8, "application/json"));
                var problem = await added.ProblemAsync(HttpStatusCode.BadRequest);
                Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _), $"{list} {body}: {problem}");
            }
        }

        var changed = await client.PutAsync($"/api/v1/people/{personId}/positioning/diplomas/{itemId}", new StringContent("null", Encoding.UTF8, "application/json"));
        Assert.True((await changed.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task A_page_form_given_an_undefined_choice_shows_the_field_error_and_stores_nothing()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, SessionTestData.Agent);
        var date = SiteTime.Today(app.Clock).AddDays(6).ToString("yyyy-MM-dd");
        var site = (await app.SiteOfAsync(Demo.Counsellor)).ToString();
        var agentId = (await app.UserIdAsync(SessionTestData.Agent)).ToString();

        foreach (var topic in new[] { "99", "-1" })
        {
            var response = await browser.SubmitFormAsync("/info-sessions/new", "session", ("Input.Topic", topic), ("Input.Title", "Créer sa coopérative"),
                ("Input.SiteId", site), ("Input.Date", date), ("Input.Time", "14:30"), ("Input.DurationMinutes", "90"), ("Input.Language", "ary"),
                ("Input.Capacity", "25"), ("Input.AgentId", agentId));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("id=\"topic-error\"", await response.ReadHtmlAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await app.QueryAsync(db => db.InfoSessions.CountAsync()));
    }
}
