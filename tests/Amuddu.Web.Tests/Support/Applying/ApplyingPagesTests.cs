using System.Net;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.Support.Applying.ApplyingKit;

namespace Amuddu.Web.Tests.Support.Applying;

public sealed class ApplyingPagesTests
{
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_counsellor_applies_through_the_form_and_a_bad_post_keeps_what_was_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await app.SeedProgrammeAsync(configure: p => p.Name = "Bourse Taehil couture");
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var choose = await (await browser.GetAsync($"/people/{personId}/applications/new")).ReadHtmlAsync();
        Assert.Contains("Bourse Taehil couture", choose, StringComparison.Ordinal);
        var page = $"/people/{personId}/applications/new?programme={programme.Id}";

        var bad = await browser.SubmitFormAsync(page, "application",
            ("Input.Purpose", "Opératrice en confection"), ("Input.StartsOn", Day(programme.EndsOn.AddDays(3))),
            ("Input.PayeeChannel", "BankTransfer"), ("Input.PayeeName", "Awa Sow"), ("Input.PayeeAccount", "0117 8000"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.ReadHtmlAsync();
        Assert.Contains("The RIB must have 24 digits and a correct key.", html, StringComparison.Ordinal);
        Assert.Contains("The date must be within the programme's period", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Opératrice en confection\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"0117 8000\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Applications.CountAsync()));

        var saved = await browser.SubmitFormAsync(page, "application",
            ("Input.Purpose", "Opératrice en confection"), ("Input.StartsOn", Day(app.Today.AddDays(7))),
            ("Input.PayeeChannel", "BankTransfer"), ("Input.PayeeName", "Awa Sow"), ("Input.PayeeAccount", Rib()));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var application = await app.QueryAsync(db => db.Applications.SingleAsync());
        Assert.Equal($"/applications/{application.Id}", saved.Target());
        Assert.Equal("Opératrice en confection", application.Purpose);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public async Task A_start_date_typed_day_first_is_stored_and_a_wrong_one_is_refused_naming_the_field_with_the_text_kept()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await app.SeedProgrammeAsync();
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        var page = $"/people/{personId}/applications/new?programme={programme.Id}";
        (string, string)[] fields = [("Input.Purpose", "Opératrice en confection"), ("Input.PayeeChannel", "BankTransfer"), ("Input.PayeeName", "Awa Sow"), ("Input.PayeeAccount", Rib())];

        var wrong = await browser.SubmitFormAsync(page, "application", [.. fields, ("Input.StartsOn", "31/02/2027")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var html = await wrong.ReadHtmlAsync();
        Assert.Contains("Start date: \"31/02/2027\" is not a date.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2027\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Applications.CountAsync()));

        var start = app.Today.AddDays(7);
        var saved = await browser.SubmitFormAsync(page, "application",
            [.. fields, ("Input.StartsOn", start.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(start, await app.QueryAsync(db => db.Applications.Select(a => a.StartsOn).SingleAsync()));
    }

    [Fact]
    public async Task The_application_page_submits_and_shows_each_rule_with_what_was_found()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await app.SeedProgrammeAsync(configure: p => p.Rules =
        [
            new() { Kind = EligibilityRuleKind.Region, Values = ["MA-01"] },
            new() { Kind = EligibilityRuleKind.AgeRange, Min = 18, Max = 60 },
        ]);
        var id = (await client.CreateAsync(Body(personId, programme.Id, app.Today.AddDays(7)))).GetProperty("id").GetGuid();
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var submitted = await browser.SubmitFormAsync($"/applications/{id}", "submit");

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var html = await submitted.ReadHtmlAsync();
        Assert.Contains("Application submitted. It is not eligible: 1 of 2 rules not met (Region of residence).", html, StringComparison.Ordinal);
        Assert.Contains("Region of residence", html, StringComparison.Ordinal);
        Assert.Contains("Region of residence: Tangier-Tetouan-Al Hoceima", html, StringComparison.Ordinal);
        Assert.Contains("Not met", html, StringComparison.Ordinal);
        Assert.Contains("Rabat-Sale-Kenitra", html, StringComparison.Ordinal);
        Assert.Contains("Aged 18 to 60 on the start date", html, StringComparison.Ordinal);
        Assert.Contains($"{Eligibility.AgeOn(app.Today.AddDays(7), new DateOnly(1991, 2, 14), null)} years", html, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.EligibilityChecked, (await app.ApplicationAsync(id)).Status);

        var officer = app.CreateBrowser("fr");
        await app.WebSignInAsync(officer, Demo.Officer);
        var read = await (await officer.GetAsync($"/applications/{id}")).ReadHtmlAsync();
        Assert.Contains("Non remplie", read, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"_handler\" value=\"withdraw\"", read, StringComparison.Ordinal);
        Assert.Contains("•••• ", read, StringComparison.Ordinal);
        Assert.DoesNotContain(Rib(), read, StringComparison.Ordinal);

        var withdrawn = await browser.SubmitFormAsync($"/applications/{id}", "withdraw", ("Reason", ""));
        Assert.Contains("Reason for withdrawing is required.", await withdrawn.ReadHtmlAsync(), StringComparison.Ordinal);
        withdrawn = await browser.SubmitFormAsync($"/applications/{id}", "withdraw", ("Reason", "A trouvé un emploi"));
        Assert.Contains("Application withdrawn.", await withdrawn.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Withdrawn, (await app.ApplicationAsync(id)).Status);
    }

    [Fact]
    public async Task A_grant_failing_two_of_four_rules_is_announced_not_eligible_with_each_rule_passed_or_failed()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await app.SeedProgrammeAsync(configure: p => p.Rules =
        [
            new() { Kind = EligibilityRuleKind.Region, Values = ["MA-01"] },
            new() { Kind = EligibilityRuleKind.AgeRange, Min = 18, Max = 60 },
            new() { Kind = EligibilityRuleKind.DiplomaLevel, Values = ["Bachelor"] },
            new() { Kind = EligibilityRuleKind.NotAlreadyFunded },
        ]);
        var id = (await client.CreateAsync(Body(personId, programme.Id, app.Today.AddDays(7)))).GetProperty("id").GetGuid();
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var html = await (await browser.SubmitFormAsync($"/applications/{id}", "submit")).ReadHtmlAsync();

        Assert.Contains("Application submitted. It is not eligible: 2 of 4 rules not met (Region of residence, Diploma level).", html, StringComparison.Ordinal);
        Assert.Contains("class=\"warning\" role=\"status\" id=\"check-message\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("eligibility was checked", html, StringComparison.Ordinal);
        Assert.Contains("data-eligible=\"false\" data-failed=\"2\" data-rules=\"4\"", html, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"eligibility-state\">Not eligible</strong>", html, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"Region\" data-passed=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"AgeRange\" data-passed=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"DiplomaLevel\" data-passed=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"NotAlreadyFunded\" data-passed=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("Found: Rabat-Sale-Kenitra", html, StringComparison.Ordinal);

        // The application's own page says the same to whoever opens it later, in their language.
        var officer = app.CreateBrowser("fr");
        await app.WebSignInAsync(officer, Demo.Officer);
        var read = await (await officer.GetAsync($"/applications/{id}")).ReadHtmlAsync();
        Assert.Contains("<strong>Non éligible</strong> — 2 règle(s) sur 4 non remplie(s).", read, StringComparison.Ordinal);
        Assert.Equal(2, read.Split("data-passed=\"false\"").Length - 1);
        Assert.Equal(2, read.Split("data-passed=\"true\"").Length - 1);
        Assert.Contains("Non remplie", read, StringComparison.Ordinal);
        Assert.Contains("Remplie", read, StringComparison.Ordinal);

        // Checked again once the file is corrected, the answer is given again with the verdict.
        await app.QueryAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == personId);
            person.RegionCode = "MA-01";
            await db.SaveChangesAsync();
            return 0;
        });
        var again = await (await browser.SubmitFormAsync($"/applications/{id}", "recheck")).ReadHtmlAsync();
        Assert.Contains("Eligibility checked again. It is not eligible: 1 of 4 rules not met (Diploma level).", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grant_meeting_every_rule_is_announced_eligible()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var programme = await app.SeedProgrammeAsync(configure: p => p.Rules = [new() { Kind = EligibilityRuleKind.AgeRange, Min = 18, Max = 60 }]);
        var id = (await client.CreateAsync(Body(personId, programme.Id, app.Today.AddDays(7)))).GetProperty("id").GetGuid();
        var browser = app.CreateBrowser("ar");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var html = await (await browser.SubmitFormAsync($"/applications/{id}", "submit")).ReadHtmlAsync();

        Assert.Contains("تم إيداع الطلب. الطلب مؤهل: جميع الشروط مستوفاة.", html, StringComparison.Ordinal);
        Assert.Contains("data-eligible=\"true\" data-failed=\"0\" data-rules=\"1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"check-message\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_employer_applies_in_the_employer_view()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Aminata", "Koné", "ML", "en");
        var programme = await app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive, p =>
        {
            p.Name = "Incitation Tahfiz";
            p.RequiredDocuments = [ApplicationDocumentKind.EmploymentContract];
            p.Rules = [new() { Kind = EligibilityRuleKind.PermanentContract }];
        });
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Employer);

        var choose = await (await browser.GetAsync("/employer/applications/new")).ReadHtmlAsync();
        Assert.Contains("Incitation Tahfiz", choose, StringComparison.Ordinal);
        Assert.Contains("Hired on a permanent contract (CDI)", choose, StringComparison.Ordinal);
        var page = $"/employer/applications/new?programme={programme.Id}";
        (string, string)[] Fields(string lastName) =>
        [
            ("Input.FileNumber", "placeholder"), ("Input.LastName", lastName), ("Input.Purpose", "Couturière"), ("Input.StartsOn", Day(app.Today)),
            ("Input.ContractType", "Cdi"), ("Input.EmployerRegisteredOn", Day(app.Today.AddYears(-2))), ("Input.PayeeName", "Atlas Textile SARL"),
            ("Input.PayeeAccount", Rib("2307800000987654321098")),
        ];
        var fileNumber = await app.FileNumberAsync(personId);

        var wrong = await browser.SubmitFormAsync(page, "employer-application", Fields("Diallo").Select(f => f.Item1 == "Input.FileNumber" ? (f.Item1, fileNumber) : f).ToArray());
        var html = await wrong.ReadHtmlAsync();
        Assert.Contains("Nobody matches this file number and last name.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Diallo\"", html, StringComparison.Ordinal);

        var applied = await browser.SubmitFormAsync(page, "employer-application", Fields("KONE").Select(f => f.Item1 == "Input.FileNumber" ? (f.Item1, fileNumber) : f).ToArray());
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var application = await app.QueryAsync(db => db.Applications.SingleAsync());
        Assert.Equal($"/employer/applications/{application.Id}", applied.Target());
        Assert.Equal(await app.EmployerIdAsync(), application.EmployerOrganisationId);

        var mine = await (await browser.GetAsync($"/employer/applications/{application.Id}")).ReadHtmlAsync();
        // The hire's name only once the agency has taken the application up.
        Assert.Contains("Name given once the agency confirms", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Aminata", mine, StringComparison.Ordinal);
        Assert.Contains("Employment contract", mine, StringComparison.Ordinal);
        var home = await (await browser.GetAsync("/employer")).ReadHtmlAsync();
        Assert.Contains(application.Reference, home, StringComparison.Ordinal);
        Assert.DoesNotContain(fileNumber, home, StringComparison.Ordinal);
    }
}
