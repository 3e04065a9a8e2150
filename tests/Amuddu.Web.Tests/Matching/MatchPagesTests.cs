using System.Net;
using Amuddu.Web.Tests.Infrastructure;
using static Amuddu.Web.Tests.Matching.MatchingData;

namespace Amuddu.Web.Tests.Matching;

public sealed class MatchPagesTests
{
    [Fact]
    public async Task The_match_pages_show_the_ranked_people_and_vacancies_with_reasons_shortlist_links_and_trainings()
    {
        await using var app = await AmudduApp.StartAsync();
        var moussa = await PositionedAsync(app, "Moussa", "Traoré", skills: ["SK-WELDING"]);
        var vacancy = await VacancyAsync(app);
        await TrainingAsync(app, "OCC-WELDER", "Soudure et lecture de plans");
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var matches = await (await browser.GetAsync($"/vacancies/{vacancy}/matches")).ReadHtmlAsync();
        Assert.Contains("Moussa Traoré", matches, StringComparison.Ordinal);
        Assert.Contains($"href=\"/vacancies/{vacancy}/candidates?person={moussa}\"", matches, StringComparison.Ordinal);
        Assert.Contains("Compétences essentielles couvertes : 1 sur 2.", matches, StringComparison.Ordinal);
        Assert.Contains("Soudure et lecture de plans", matches, StringComparison.Ordinal);

        var positioning = await (await browser.GetAsync($"/people/{moussa}/positioning")).ReadHtmlAsync();
        Assert.Contains($"href=\"/people/{moussa}/vacancies\"", positioning, StringComparison.Ordinal);
        var vacancies = await (await browser.GetAsync($"/people/{moussa}/vacancies")).ReadHtmlAsync();
        Assert.Contains($"href=\"/vacancies/{vacancy}\"", vacancies, StringComparison.Ordinal);
        Assert.Contains("Formations qui combleraient un manque", vacancies, StringComparison.Ordinal);

        var arabic = app.CreateBrowser("ar");
        await app.WebSignInAsync(arabic, Demo.Counsellor);
        var rtl = await (await arabic.GetAsync($"/vacancies/{vacancy}/matches")).ReadHtmlAsync();
        Assert.Contains("dir=\"rtl\"", rtl, StringComparison.Ordinal);
        Assert.Contains("الكفاءات الأساسية المتوفرة", rtl, StringComparison.Ordinal);

        var stranger = app.CreateBrowser("en");
        await app.WebSignInAsync(stranger, Demo.NgoCounsellor);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/vacancies/{vacancy}/matches")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/people/{moussa}/vacancies")).StatusCode);
    }
}
