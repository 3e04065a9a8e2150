using System.Net;
using Amuddu.Web.Features.Rights;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Rights;

public sealed class ConsentFormTests
{
    [Theory]
    [InlineData("ar", "rtl", "موافقتك على استعمال معلوماتك", "القانون المغربي 09-08")]
    [InlineData("fr", "ltr", "Votre accord pour l'utilisation de vos informations", "la loi marocaine 09-08")]
    [InlineData("en", "ltr", "Your agreement to the use of your information", "Moroccan law 09-08")]
    public async Task The_consent_form_is_in_the_person_s_language_whatever_the_staff_language(string language, string direction, string title, string law)
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678", minimal: true);
        var fileNumber = await RightsData.FileNumberAsync(client, personId);
        var browser = app.CreateBrowser(language == "en" ? "fr" : "en");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var response = await browser.GetAsync($"/people/{personId}/consent-form?lang={language}");
        var html = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<article class=\"consent-form\" lang=\"{language}\" dir=\"{direction}\">", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(law, html, StringComparison.Ordinal);
        Assert.Contains("CNDP", html, StringComparison.Ordinal);
        Assert.Contains("ANAPEC (démo)", html, StringComparison.Ordinal);
        Assert.Contains(fileNumber, html, StringComparison.Ordinal);
        Assert.Contains("Awa Sow", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("data-purpose=").Length - 1);
        Assert.Equal(8, html.Split("class=\"box\"").Length - 1);
        Assert.Contains("rights.css", html, StringComparison.Ordinal);
        var audit = Assert.Single(await app.AuditAsync(RightsAudit.ConsentFormPrinted));
        Assert.Equal($"language: {language}", audit.Detail);
    }

    [Fact]
    public async Task The_consents_section_of_the_file_links_the_form_in_each_language()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var personId = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678", minimal: true);
        var browser = app.CreateBrowser("ar");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var file = await (await browser.GetAsync($"/people/{personId}/consents")).ReadHtmlAsync();

        foreach (var language in new[] { "fr", "ar", "en" })
        {
            Assert.Contains($"href=\"/people/{personId}/consent-form?lang={language}\"", file, StringComparison.Ordinal);
        }

        Assert.Contains("استمارة الموافقة للطباعة", file, StringComparison.Ordinal);
    }
}
