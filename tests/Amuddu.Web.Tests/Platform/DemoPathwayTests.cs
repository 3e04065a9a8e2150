using System.Net;
using Amuddu.Web.Features.People;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Tests.Platform;

public sealed class DemoPathwayTests
{
    [Fact]
    public async Task The_demo_has_people_at_every_stage_and_their_files_the_calendar_and_the_home_page_open()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedDemoPathwaysAsync();
        var people = await app.QueryAsync(db => db.People.AsNoTracking().OrderBy(p => p.FileNumber).Select(p => new { p.Stage, p.Id }).ToListAsync());
        var byStage = people.GroupBy(p => p.Stage).ToDictionary(g => g.Key, g => g.First().Id);
        Assert.Equal(Enum.GetValues<PathwayStage>().Order(), byStage.Keys.Order());

        var texts = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        foreach (var (stage, personId) in byStage)
        {
            var file = await browser.GetAsync($"/people/{personId}");
            Assert.True(HttpStatusCode.OK == file.StatusCode, $"{stage}: {(int)file.StatusCode}");
            // The stage as the French file shows it (the neutral texts are French).
            Assert.Contains(texts[$"PathwayStage.{stage}"].Value, await file.ReadHtmlAsync(), StringComparison.Ordinal);
        }

        foreach (var page in new[] { "/home", "/appointments", "/appointments?view=week", "/people?stage=Employed" })
        {
            var response = await browser.GetAsync(page);
            Assert.True(HttpStatusCode.OK == response.StatusCode, $"{page}: {(int)response.StatusCode}");
        }

        var home = await (await browser.GetAsync("/home")).ReadHtmlAsync();
        Assert.Contains("id=\"due-checks\"", home, StringComparison.Ordinal);
    }
}
