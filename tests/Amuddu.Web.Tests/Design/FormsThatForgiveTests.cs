using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Design;

public sealed partial class FormsThatForgiveTests
{
    private static Task<Guid> SiteAsync(AmudduApp app) =>
        app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == Demo.Counsellor).SiteId!.Value));

    private static (string, string)[] Form(Guid site, string dateOfBirth, params (string Name, string Value)[] changed) =>
    [
        .. new (string Name, string Value)[]
        {
            ("Input.FirstName", "Aminata"), ("Input.LastName", "Keita"), ("Input.Sex", "Female"), ("Input.DateOfBirth", dateOfBirth),
            ("Input.NationalityCode", "ML"), ("Input.Languages", "fr"), ("Input.Languages", "bm"), ("Input.RegionCode", "MA-06"),
            ("Input.City", "Casablanca"), ("Input.HeardFrom", "Ngo"), ("Input.SiteId", site.ToString()),
        }.Where(f => !changed.Any(c => c.Name == f.Name)),
        .. changed,
    ];

    [Theory]
    [InlineData("15/03/1994", 1994, 3, 15)]
    [InlineData("15-03-1994", 1994, 3, 15)]
    [InlineData("15.03.1994", 1994, 3, 15)]
    [InlineData(" 1/3/1994 ", 1994, 3, 1)]
    [InlineData("1994-03-15", 1994, 3, 15)]
    [InlineData("١٥/٠٣/١٩٩٤", 1994, 3, 15)]
    public void Dates_are_read_as_people_type_them(string typed, int year, int month, int day)
    {
        Assert.True(FormDates.TryParse(typed, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31/02/1994")]
    [InlineData("03/15/1994")]
    [InlineData("1994")]
    [InlineData("15/03/94")]
    [InlineData("demain")]
    public void What_is_not_a_full_date_is_refused(string typed) => Assert.False(FormDates.TryParse(typed, out _));

    [Fact]
    public async Task The_registration_form_takes_a_day_first_birth_date_and_stores_it_as_a_date()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var site = await SiteAsync(app);

        var registered = await browser.SubmitFormAsync("/people/new", "register-person", Form(site, "15/03/1994"));

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var stored = await app.QueryAsync(db => db.People.Select(p => new { p.DateOfBirth, p.BirthYear }).SingleAsync());
        Assert.Equal(new DateOnly(1994, 3, 15), stored.DateOfBirth);
        Assert.Equal(1994, stored.BirthYear);

        // The correction form shows it back as it is typed: 15/03/1994.
        var id = await app.QueryAsync(db => db.People.Select(p => p.Id).SingleAsync());
        var edit = await (await browser.GetAsync($"/people/{id}/edit")).ReadHtmlAsync();
        Assert.Contains("name=\"Input.DateOfBirth\" type=\"text\" inputmode=\"numeric\"", edit, StringComparison.Ordinal);
        Assert.Contains("value=\"15/03/1994\"", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registration_form_takes_a_year_alone_when_the_day_is_not_known()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var registered = await browser.SubmitFormAsync("/people/new", "register-person", Form(await SiteAsync(app), "1994"));

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var stored = await app.QueryAsync(db => db.People.Select(p => new { p.DateOfBirth, p.BirthYear }).SingleAsync());
        Assert.Null(stored.DateOfBirth);
        Assert.Equal(1994, stored.BirthYear);
    }

    [Fact]
    public async Task An_impossible_date_is_refused_naming_the_field_keeping_what_was_typed_with_a_summary_linking_each_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var response = await browser.SubmitFormAsync("/people/new", "register-person",
            Form(await SiteAsync(app), "31/02/1994", ("Input.City", ""), ("Input.NationalityCode", "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.ReadHtmlAsync();
        Assert.Contains("Date de naissance : « 31/02/1994 » n'est pas une date.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/1994\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        var summary = ErrorSummary().Match(html);
        Assert.True(summary.Success, "no error summary");
        Assert.Contains("Il y a un problème", summary.Value, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#dateOfBirth\">Date de naissance : « 31/02/1994 »", summary.Value, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#city\">", summary.Value, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#nationality\">", summary.Value, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task The_registration_form_marks_its_required_fields()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var html = await (await browser.GetAsync("/people/new")).ReadHtmlAsync();

        foreach (var (id, label) in new[] { ("sex", "Sexe"), ("nationality", "Nationalité"), ("region", "Région"), ("city", "Ville"), ("site", "Site") })
        {
            Assert.Matches($"<label for=\"{id}\">{label}[^<]*<span class=\"required\">\\(obligatoire\\)</span></label>", html);
            Assert.Matches($"<(input|select) id=\"{id}\"[^>]* aria-required=\"true\"", html);
        }

        Assert.DoesNotMatch("<label for=\"email\">[^<]*<span class=\"required\">", html);
        Assert.DoesNotContain("select id=\"languages\"", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"field\" id=\"languages\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_nationality_and_language_pickers_list_the_organisation_s_most_frequent_first()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var site = await SiteAsync(app);
        var people = new[]
        {
            ("Moussa", "Traoré", "ML", "bm"), ("Fanta", "Coulibaly", "ML", "bm"), ("Ibrahim", "Sangaré", "ML", "ff"),
            ("Nadège", "Mbarga", "CM", "ff"), ("Joseph", "Etoundi", "CM", "ff"), ("Aïssatou", "Ndiaye", "SN", "wo"),
        };
        var n = 0;
        foreach (var (firstName, lastName, nationality, language) in people)
        {
            n++;
            var person = new
            {
                firstName, lastName, sex = "Female", dateOfBirth = $"199{n}-0{n}-1{n}",
                nationalityCode = nationality, languages = new[] { language, "fr" }, phone = $"06 11 22 33 4{n}", regionCode = "MA-06",
                city = "Casablanca", heardFrom = "Ngo", siteId = site,
            };
            var created = await client.PostAsJsonAsync("/api/v1/people", new { person, notDuplicateOf = Array.Empty<Guid>() });
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var html = await (await browser.GetAsync("/people/new")).ReadHtmlAsync();

        var nationalities = Regex.Match(html, "<select id=\"nationality\".*?</select>", RegexOptions.Singleline).Value;
        var frequent = Regex.Match(nationalities, "<optgroup label=\"Les plus fréquentes dans votre organisation\">(.*?)</optgroup>", RegexOptions.Singleline);
        Assert.True(frequent.Success, "no frequent group");
        Assert.Equal(["ML", "CM", "SN"], Values(frequent.Groups[1].Value));
        // Then every country, alphabetically: Åland and Antarctica no longer come before Mali.
        var all = Regex.Match(nationalities, "<optgroup label=\"Tous les pays\">(.*?)</optgroup>", RegexOptions.Singleline).Groups[1].Value;
        Assert.True(Values(all).Count > 200);

        var languages = Regex.Match(html, "<fieldset class=\"field\" id=\"languages\".*?</fieldset>", RegexOptions.Singleline).Value;
        var shown = languages[..languages.IndexOf("<details", StringComparison.Ordinal)];
        Assert.Equal(["fr", "ff", "bm", "wo"], CheckboxValues(shown));
        var rest = CheckboxValues(languages[languages.IndexOf("<details", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("fr", rest);
        Assert.True(rest.Count > 100);
        Assert.Contains("Autres langues (", languages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_frequent_choices_are_counted_once_and_kept_a_few_minutes_not_on_every_view_of_the_form()
    {
        var counter = new SqlCommandCounter();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(counter);
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        static bool Ranking(string sql) => sql.Contains("\"Languages\"", StringComparison.Ordinal) && sql.Contains("\"CreatedAt\" DESC", StringComparison.Ordinal);
        async Task<List<string>> ViewAsync(string url) => await counter.CountAsync(async () =>
        {
            var html = await (await browser.GetAsync(url)).ReadHtmlAsync();
            Assert.Contains("<optgroup label=\"Les plus fréquentes dans votre organisation\">", html, StringComparison.Ordinal);
        });

        var first = await ViewAsync("/people/new");
        var second = await ViewAsync("/people/new");
        var correction = await ViewAsync($"/people/{personId}/edit");
        app.Clock.Advance(FrequentChoices.KeptFor + TimeSpan.FromSeconds(1));
        var later = await ViewAsync("/people/new");

        Assert.Single(first, Ranking);
        Assert.True(second.Count < first.Count, $"{first.Count} then {second.Count} SQL commands");
        Assert.DoesNotContain(second, Ranking);
        Assert.DoesNotContain(correction, Ranking);
        Assert.Single(later, Ranking);
    }

    [Fact]
    public async Task A_step_can_be_given_only_to_staff_whose_role_can_carry_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var staff = await app.QueryAsync(async db =>
        {
            var organisation = await db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.OrganisationId).SingleAsync();
            return await db.Users.Where(u => u.OrganisationId == organisation && u.IsActive)
                .Select(u => new
                {
                    u.Id, u.DisplayName,
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                })
                .ToListAsync();
        });
        var carriers = staff.Where(s => s.Roles.Any(r => r is Roles.Counsellor or Roles.SelfEmploymentCounsellor or Roles.CommunityAgent)).ToList();
        var others = staff.Where(s => !carriers.Contains(s)).ToList();
        Assert.NotEmpty(others);
        Assert.Contains(others, o => o.Roles.Contains(Roles.Administrator) || o.Roles.Contains(Roles.Analyst) || o.Roles.Contains(Roles.ProgrammeOfficer));

        var counsellor = carriers.First(c => c.Roles.Contains(Roles.Counsellor));
        var step = await client.PostAsJsonAsync($"/api/v1/people/{personId}/action-plan/steps",
            new { kind = "LanguageCourse", title = "Cours de français", owner = counsellor.Id.ToString(), dueOn = app.Today.AddDays(7).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, step.StatusCode);
        var stepId = (await step.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();

        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var html = await (await browser.GetAsync($"/people/{personId}/action-plan/steps/{stepId}")).ReadHtmlAsync();
        var picker = Regex.Match(html, "<select id=\"stepOwner\".*?</select>", RegexOptions.Singleline).Value;
        foreach (var carrier in carriers)
        {
            Assert.Contains($"value=\"{carrier.Id}\"", picker, StringComparison.Ordinal);
        }

        foreach (var other in others)
        {
            Assert.DoesNotContain($"value=\"{other.Id}\"", picker, StringComparison.Ordinal);
            var refused = await client.PostAsJsonAsync($"/api/v1/people/{personId}/action-plan/steps",
                new { kind = "LanguageCourse", title = "Cours", owner = other.Id.ToString(), dueOn = app.Today.AddDays(7).ToString("yyyy-MM-dd") });
            var problem = await refused.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("owner", out _));
        }
    }

    private static List<string> Values(string options) =>
        [.. Regex.Matches(options, "<option value=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];

    private static List<string> CheckboxValues(string markup) =>
        [.. Regex.Matches(markup, "type=\"checkbox\" id=\"[^\"]+\" name=\"Input.Languages\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<div class=\"error-summary\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();
}
