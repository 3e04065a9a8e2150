using System.Net;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.People;

public sealed class RegistrationPageTests
{
    private static (string, string)[] Form(Guid site, string firstName, string dateOfBirth, params (string, string)[] more) =>
    [
        ("Input.FirstName", firstName), ("Input.LastName", "Diallo"), ("Input.FirstNameArabic", ""), ("Input.LastNameArabic", "ديالو"),
        ("Input.Sex", "Male"), ("Input.DateOfBirth", dateOfBirth), ("Input.NationalityCode", "GN"), ("Input.Languages", "fr"), ("Input.Languages", "ff"),
        ("Input.Phone", "0612345678"), ("Input.RegionCode", "MA-06"), ("Input.City", "Casablanca"), ("Input.HeardFrom", "Ngo"),
        ("Input.SiteId", site.ToString()), .. more,
    ];

    [Fact]
    public async Task Reception_warns_of_a_likely_duplicate_keeps_the_form_and_registers_once_answered()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var site = await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == Demo.Counsellor).SiteId!.Value));

        var first = await browser.SubmitFormAsync("/people/new", "register-person", Form(site, "Mamadou", "1992-03-04"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var firstFile = first.Target();

        var warned = await browser.SubmitFormAsync("/people/new", "register-person", Form(site, "Mamadu", "1992-04-03"));
        var html = await warned.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("Cette personne est peut-être déjà inscrite", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{firstFile}\"", html, StringComparison.Ordinal);
        Assert.Contains("Naissance : jour et mois inversés", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mamadu\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"ff\" checked", html, StringComparison.Ordinal);

        var candidateIds = System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.NotDuplicateOf\" value=\"([^\"]+)\"").Groups[1].Value;
        var registered = await browser.SubmitFormAsync("/people/new", "register-person",
            Form(site, "Mamadu", "1992-04-03", ("Input.NotDuplicateOf", candidateIds), ("confirmNew", "true")));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var file = await (await browser.GetAsync(registered.Target())).ReadHtmlAsync();
        Assert.Contains("Mamadu Diallo · ديالو", file, StringComparison.Ordinal);
        Assert.Contains("Youssef El Amrani", file, StringComparison.Ordinal);
        var accessLog = await (await browser.GetAsync($"{registered.Target()}/access-log")).ReadHtmlAsync();
        Assert.Contains("Dossier consulté", accessLog, StringComparison.Ordinal);
        Assert.Contains("Personne inscrite", accessLog, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registration_form_in_arabic_is_right_to_left_and_explains_mistakes_in_arabic()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser("ar");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var response = await browser.SubmitFormAsync("/people/new", "register-person", ("Input.FirstNameArabic", "أمينة"), ("Input.DateOfBirth", "1990-02-30"));

        var html = await response.ReadHtmlAsync();
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>تسجيل شخص</h1>", html, StringComparison.Ordinal);
        Assert.Contains("تاريخ الازدياد: «1990-02-30» ليس تاريخًا.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"أمينة\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"1990-02-30\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_correction_page_saves_and_refuses_a_stale_version_keeping_what_was_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Joseph", "Mbeki", "CM");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var site = await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == Demo.Counsellor).SiteId!.Value));
        var page = $"/people/{personId}/edit";
        (string, string)[] Fields(string lastName) =>
        [
            ("Input.Version", "1"), ("Input.FirstName", "Joseph"), ("Input.LastName", lastName), ("Input.Sex", "Male"), ("Input.DateOfBirth", "1991-02-14"),
            ("Input.NationalityCode", "CM"), ("Input.RegionCode", "MA-04"), ("Input.City", "Rabat"), ("Input.HeardFrom", "FriendOrFamily"), ("Input.SiteId", site.ToString()),
        ];

        var saved = await browser.SubmitFormAsync(page, "edit-person", Fields("Mbeki-Ndong"));
        var stale = await browser.SubmitFormAsync(page, "edit-person", Fields("Ndong"));

        Assert.Equal($"/people/{personId}", saved.Target());
        var html = await stale.ReadHtmlAsync();
        Assert.Contains("Quelqu'un d'autre a modifié cette fiche entre-temps.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Ndong\"", html, StringComparison.Ordinal);
        Assert.Equal("Mbeki-Ndong", await app.QueryAsync(db => Task.FromResult(db.People.Single().LastName)));
        _ = client;
    }
}
