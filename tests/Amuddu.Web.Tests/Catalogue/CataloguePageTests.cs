using System.Net;
using System.Text.RegularExpressions;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Catalogue;

public sealed partial class CataloguePageTests
{
    private static (string, string)[] Typed(DateOnly today, string cost = "0") =>
    [
        ("Input.Kind", "VocationalTraining"), ("Input.OccupationCode", "OCC-WELDER"), ("Input.RegionCode", "MA-01"),
        ("Input.City", "Tanger"), ("Input.Address", "Route de Tétouan"), ("Input.CostMad", cost), ("Input.DurationHours", "640"),
        ("Input.StartDates", $"{today.AddDays(30):yyyy-MM-dd}, {today.AddDays(90):yyyy-MM-dd}"), ("Input.GrantAvailable", "true"),
        ("Input.Languages", "fr"), ("Input.Languages", "ary"), ("Input.Eligibility", "ResidencePermitRequired"),
        ("Input.RequiredDocuments", "RESIDENCE_CARD"),
        ("Input.NameFr", "Soudure à l'arc"), ("Input.DescriptionFr", "Soudure à l'arc, MIG-MAG et TIG."),
        ("Input.NameAr", "التلحيم بالقوس"),
    ];

    [Fact]
    public async Task The_staff_form_creates_an_offer_then_publishes_it_with_its_button()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var saved = await browser.SubmitFormAsync("/catalogue/manage/new", "offer", Typed(app.Today));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var offer = await app.QueryAsync(db => db.Offers.Include(o => o.Texts).AsNoTracking().SingleAsync());
        Assert.Equal($"/catalogue/manage/{offer.Id}?done=Created", saved.Target());
        Assert.Equal((OfferKind.VocationalTraining, "OCC-WELDER", 640, true), (offer.Kind, offer.OccupationCode, offer.DurationHours, offer.GrantAvailable));
        Assert.Equal(["fr", "ary"], offer.Languages);
        Assert.Equal([Eligibility.ResidencePermitRequired], offer.Eligibility);
        Assert.Equal([app.Today.AddDays(30), app.Today.AddDays(90)], offer.StartDates);
        Assert.Equal(["ar", "fr"], offer.Texts.Select(t => t.Language).Order());

        var page = await (await browser.GetAsync(saved.Target())).ReadHtmlAsync();
        Assert.Contains("Offre créée, en brouillon.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Soudure à l'arc\"", page, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" name=\"Input.Languages\" value=\"ary\" checked", page);

        var published = await browser.SubmitFormAsync(saved.Target(), "publish");
        Assert.Equal($"/catalogue/manage/{offer.Id}?done=Published", published.Target());
        Assert.Equal(OfferStatus.Published, await app.QueryAsync(db => db.Offers.Select(o => o.Status).SingleAsync()));
        var list = await (await browser.GetAsync("/catalogue/manage?status=Published")).ReadHtmlAsync();
        Assert.Contains($"<a href=\"/catalogue/manage/{offer.Id}\">Soudure à l'arc</a>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"stale-flag\"", list, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromDays(200));
        browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);
        Assert.Contains("class=\"stale-flag\"", await (await browser.GetAsync("/catalogue/manage")).ReadHtmlAsync(), StringComparison.Ordinal);
        var verified = await browser.SubmitFormAsync($"/catalogue/manage/{offer.Id}", "verify");
        Assert.Equal($"/catalogue/manage/{offer.Id}?done=Verified", verified.Target());
        Assert.Equal(app.Today, await app.QueryAsync(db => db.Offers.Select(o => o.LastVerifiedOn).SingleAsync()));
    }

    [Fact]
    public async Task A_wrong_form_shows_each_message_and_keeps_what_was_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var words = await (await browser.SubmitFormAsync("/catalogue/manage/new", "offer", Typed(app.Today, cost: "gratuit"))).ReadHtmlAsync();
        Assert.Contains("Le champ « Coût pour le participant (MAD) » doit être un nombre entier.", words, StringComparison.Ordinal);
        Assert.Contains("value=\"gratuit\"", words, StringComparison.Ordinal);

        var fields = Typed(app.Today).Where(f => f.Item1 is not ("Input.NameFr" or "Input.City")).Append(("Input.ContactEmail", "accueil@")).ToArray();
        var bad = await (await browser.SubmitFormAsync("/catalogue/manage/new", "offer", fields)).ReadHtmlAsync();
        Assert.Contains("Certains champs sont à corriger.", bad, StringComparison.Ordinal);
        Assert.Contains("Le champ « Nom » en français est obligatoire.", bad, StringComparison.Ordinal);
        Assert.Contains("Le champ « Ville » est obligatoire.", bad, StringComparison.Ordinal);
        Assert.Contains("Le champ « E-mail de contact » n'est pas une adresse e-mail valide.", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"accueil@\"", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"التلحيم بالقوس\"", bad, StringComparison.Ordinal);
        Assert.Contains("Soudure à l'arc, MIG-MAG et TIG.</textarea>", bad, StringComparison.Ordinal);
        Assert.Contains("<option value=\"OCC-WELDER\" selected", bad, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" name=\"Input.Eligibility\" value=\"ResidencePermitRequired\" checked", bad);
        Assert.Equal(0, await app.QueryAsync(db => db.Offers.CountAsync()));
    }

    [Fact]
    public async Task Publishing_an_incomplete_offer_from_the_page_names_what_is_missing()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var bare = CatalogueData.Training(app.Today);
        bare["texts"] = new Dictionary<string, object?> { ["fr"] = new { name = "Couture" } };
        var id = (await client.CreateAsync(bare)).GetProperty("id").GetGuid();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var html = await (await browser.SubmitFormAsync($"/catalogue/manage/{id}", "publish")).ReadHtmlAsync();

        Assert.Contains("L'offre n'est pas encore assez complète pour être publiée.", html, StringComparison.Ordinal);
        Assert.Contains("Le champ « Description » en français est obligatoire.", html, StringComparison.Ordinal);
        Assert.Equal(OfferStatus.Draft, await app.QueryAsync(db => db.Offers.Select(o => o.Status).SingleAsync()));
    }

    [Fact]
    public async Task Staff_pages_show_only_their_organisations_offers()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var id = (await client.CreateAsync(CatalogueData.Training(app.Today, "Couture ANAPEC"))).GetProperty("id").GetGuid();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.NgoCounsellor);

        Assert.DoesNotContain("Couture ANAPEC", await (await browser.GetAsync("/catalogue/manage")).ReadHtmlAsync(), StringComparison.Ordinal);
        var other = await browser.GetAsync($"/catalogue/manage/{id}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Couture ANAPEC", await other.ReadHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_catalogue_lists_published_offers_only_and_filters_them_with_plain_get_forms()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var couture = await client.PublishedAsync(CatalogueData.Training(app.Today, "Couture et retouche"));
        var electricity = CatalogueData.Training(app.Today, "Électricité du bâtiment", city: "Tanger");
        electricity["regionCode"] = "MA-01";
        electricity["occupationCode"] = "OCC-ELECTRICIAN";
        electricity["languages"] = new[] { "fr" };
        electricity["grantAvailable"] = false;
        electricity["eligibility"] = new[] { "ResidencePermitRequired" };
        electricity["texts"] = new Dictionary<string, object?> { ["fr"] = new { name = "Électricité du bâtiment", description = "Installations et dépannage." } };
        var electric = await client.PublishedAsync(electricity);
        var darija = CatalogueData.Training(app.Today, "Cours de darija");
        darija["kind"] = "LanguageCourse";
        darija["occupationCode"] = null;
        darija["texts"] = new Dictionary<string, object?> { ["fr"] = new { name = "Cours de darija", description = "Parler la darija du quotidien." } };
        var course = await client.PublishedAsync(darija);
        await client.CreateAsync(CatalogueData.Training(app.Today, "Pâtisserie en brouillon"));
        var archived = await client.PublishedAsync(CatalogueData.Training(app.Today, "Broderie archivée"));
        await (await client.MoveAsync(archived, "archive", 2)).OkAsync();
        var visitor = app.CreateBrowser();

        async Task<string[]> Found(string query)
        {
            var response = await visitor.GetAsync($"/catalogue{query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.ReadHtmlAsync();
            return [.. OfferLinks().Matches(html).Select(m => m.Groups["id"].Value).Order(StringComparer.Ordinal)];
        }

        string[] Ids(params Guid[] ids) => [.. ids.Select(i => i.ToString()).Order(StringComparer.Ordinal)];
        var page = await (await visitor.GetAsync("/catalogue")).ReadHtmlAsync();
        Assert.Contains("<form method=\"get\" action=\"/catalogue\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/sessions\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("brouillon", page, StringComparison.Ordinal);
        Assert.DoesNotContain("archivée", page, StringComparison.Ordinal);
        Assert.Equal(Ids(couture, electric, course), await Found(""));
        Assert.Equal(Ids(electric), await Found("?q=electricite"));
        Assert.Equal(Ids(couture), await Found("?q=COUTURE%20mesures"));
        Assert.Equal(Ids(course), await Found("?kind=LanguageCourse"));
        Assert.Equal(Ids(electric), await Found("?region=MA-01"));
        Assert.Equal(Ids(electric), await Found("?city=Tanger"));
        Assert.Equal(Ids(couture, course), await Found("?language=ary"));
        Assert.Equal(Ids(couture, course), await Found("?grant=true"));
        Assert.Equal(Ids(electric), await Found("?eligibility=ResidencePermitRequired"));
        Assert.Equal(Ids(couture, electric, course), await Found("?kind=Nonsense&eligibility=42&page=x"));
        Assert.Empty(await Found("?q=plomberie"));
    }

    [Fact]
    public async Task The_public_detail_shows_a_published_offer_in_arabic_right_to_left_with_french_where_it_is_not_translated()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var id = await client.PublishedAsync(CatalogueData.Training(app.Today));
        var draft = (await client.CreateAsync(CatalogueData.Training(app.Today, "Brouillon"))).GetProperty("id").GetGuid();
        var visitor = app.CreateBrowser("ar");

        var response = await visitor.GetAsync($"/catalogue/{id}");
        var html = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>الخياطة والتعديل</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dd lang=\"fr\" class=\"pre-line\">Savoir lire et compter.</dd>", html, StringComparison.Ordinal);
        Assert.Contains("خياط(ة)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:+212522613040\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sessions\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        var english = await (await app.CreateBrowser("en").GetAsync($"/catalogue/{id}")).ReadHtmlAsync();
        Assert.Contains("<h1 lang=\"fr\">Couture et retouche</h1>", english, StringComparison.Ordinal);
        Assert.Contains("This offer is not translated into your language yet", english, StringComparison.Ordinal);
        var list = await (await app.CreateBrowser("en").GetAsync("/catalogue")).ReadHtmlAsync();
        Assert.Contains($"<a href=\"/catalogue/{id}\" lang=\"fr\">Couture et retouche</a>", list, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/catalogue/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/catalogue/{Guid.NewGuid()}")).StatusCode);
    }

    [GeneratedRegex("href=\"/catalogue/(?<id>[0-9a-f-]{36})\"")]
    private static partial Regex OfferLinks();
}
