using System.Net;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Tests.Catalogue;

public sealed class CatalogueDemoTests
{
    [Fact]
    public async Task The_demo_catalogue_fills_five_regions_in_three_languages_and_every_published_offer_opens()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedDemoCatalogueAsync();

        var offers = await app.QueryAsync(db => db.Offers.AsNoTracking().Include(o => o.Texts).ToListAsync());
        Assert.InRange(offers.Count, 30, 36);
        Assert.Equal(["MA-01", "MA-02", "MA-04", "MA-06", "MA-09"], offers.Select(o => o.RegionCode).Distinct().Order());
        Assert.Equal(Enum.GetValues<OfferKind>().Order(), offers.Select(o => o.Kind).Distinct().Order());
        Assert.Single(offers, o => o.Status == OfferStatus.Archived);
        Assert.InRange(offers.Count(o => o.Status == OfferStatus.Draft), 2, 6);
        Assert.Contains(offers, o => o.Status == OfferStatus.Published && Staleness.IsStale(o, app.Today));
        Assert.All(offers, o => Assert.Contains(o.Texts, t => t.Language == "fr"));
        Assert.True(offers.Count(o => o.Texts.Count == 3) >= 15);
        var texts = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        Assert.All(offers.Where(o => o.Status == OfferStatus.Published), o => Assert.True(PublishOffer.MissingForPublishing(o, texts).IsValid));

        var visitor = app.CreateBrowser("ar");
        foreach (var offer in offers.Where(o => o.Status == OfferStatus.Published))
        {
            var response = await visitor.GetAsync($"/catalogue/{offer.Id}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{offer.Id}: {(int)response.StatusCode}");
        }

        var list = await (await visitor.GetAsync("/catalogue")).ReadHtmlAsync();
        Assert.Contains("الخياطة والتعديل", list, StringComparison.Ordinal);
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        Assert.Contains("class=\"stale-flag\"", await (await browser.GetAsync("/catalogue/manage?stale=true")).ReadHtmlAsync(), StringComparison.Ordinal);
    }
}
