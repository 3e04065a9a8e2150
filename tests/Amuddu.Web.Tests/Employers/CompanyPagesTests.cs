using System.Net;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Employers;

public sealed class CompanyPagesTests
{
    [Fact]
    public async Task A_counsellor_opens_a_company_file_in_the_pages_and_adds_a_contact_an_agreement_and_a_visit()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var wrong = await browser.SubmitFormAsync("/employers", "company",
            ("Name", "Confections Derb Omar"), ("Ice", "12345"), ("Sector", "Textile"), ("Size", "Medium"), ("RegionCode", "MA-06"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var html = await wrong.ReadHtmlAsync();
        Assert.Contains("L'ICE compte exactement 15 chiffres.", html);
        Assert.Contains("value=\"Confections Derb Omar\"", html);

        var created = await browser.SubmitFormAsync("/employers", "company",
            ("Name", "Confections Derb Omar"), ("Ice", "001234567000012"), ("Sector", "Textile"), ("Size", "Medium"), ("RegionCode", "MA-06"), ("City", "Casablanca"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var file = created.Target().Split('?')[0];

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitFormAsync(file, "contact", ("ContactName", "Khadija Benali"), ("ContactPhone", "0661405060"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitFormAsync(file, "agreement",
            ("Kind", "Partnership"), ("Title", "Convention de partenariat"), ("SignedOn", app.Today.ToString("dd/MM/yyyy")))).StatusCode);
        var future = await browser.SubmitFormAsync(file, "interaction", ("Kind", "Visit"), ("On", app.Today.AddDays(3).ToString("dd/MM/yyyy")), ("Summary", "Visite"));
        Assert.Contains("La date ne peut pas être dans le futur.", await future.ReadHtmlAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitFormAsync(file, "interaction",
            ("Kind", "Visit"), ("On", app.Today.ToString("dd/MM/yyyy")), ("Summary", "Visite de l'atelier"))).StatusCode);

        var page = await (await browser.GetAsync(file)).ReadHtmlAsync();
        Assert.Contains("Khadija Benali", page);
        Assert.Contains("Convention de partenariat", page);
        Assert.Contains("Visite de l'atelier", page);
        Assert.Contains("Confections Derb Omar", await (await browser.GetAsync("/employers?sector=Textile")).ReadHtmlAsync());
        Assert.DoesNotContain("Confections Derb Omar", await (await browser.GetAsync("/employers?sector=Care")).ReadHtmlAsync());
        Assert.Equal(1, await app.QueryAsync(db => db.CompanyInteractions.CountAsync()));
    }
}
