using System.Net;
using System.Net.Http.Json;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Tests.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Amuddu.Web.Tests.PartnerDirectory.DirectoryData;

namespace Amuddu.Web.Tests.PartnerDirectory;

public sealed class DirectoryPageTests
{
    private static (string, string)[] Typed =>
    [
        ("Input.Description", "Accueil des personnes migrantes à Casablanca."), ("Input.Address", "Derb Ghallef, rue 7"), ("Input.City", "Casablanca"),
        ("Input.RegionsCovered", "MA-04"), ("Input.RegionsCovered", "MA-06"), ("Input.ContactPhone", "05 22 27 41 90"),
        ("Input.ContactEmail", "accueil@asm.example.ma"), ("Input.Website", "https://asm.example.ma"),
        ("Input.OpeningHours", "Du mardi au samedi, 10 h – 18 h"), ("Input.AcceptsReferrals", "true"),
    ];

    [Fact]
    public async Task The_search_page_shows_cards_with_capacity_a_stale_badge_and_the_partner()
    {
        await using var app = await AmudduApp.StartAsync();
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor);
        await ngo.PublishedAsync(LegalAid(app.Today));
        var anapec = await app.ApiClientAsync(Demo.Counsellor);
        var created = await anapec.CreateAsync(CatalogueData.Training(app.Today));
        var sewing = created.GetProperty("id").GetGuid();
        var capacity = await (await anapec.PutAsJsonAsync($"{Api}/services/{sewing}/capacity", new { seatsLeft = 0, waitingWeeks = 6, version = created.GetProperty("version").GetInt64() })).OkAsync();
        var verified = await (await anapec.MoveAsync(sewing, "verify", capacity.GetProperty("version").GetInt64())).OkAsync();
        await (await anapec.MoveAsync(sewing, "publish", verified.GetProperty("version").GetInt64())).OkAsync();
        var ngoId = await app.OrganisationIdAsync(DemoOrganisations.Ngo);

        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Caseworker);
        var all = await (await browser.GetAsync("/directory")).ReadHtmlAsync();
        Assert.Contains("2 service(s) trouvé(s)", all, StringComparison.Ordinal);
        Assert.Contains("Complet · attente de 6 semaine(s)", all, StringComparison.Ordinal);
        Assert.Contains("Places non renseignées", all, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"stale-flag\"", all, StringComparison.Ordinal);

        var legalOnly = await (await browser.GetAsync("/directory?need=LegalAid&q=etat")).ReadHtmlAsync();
        Assert.Contains("Aide à l'État civil", legalOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("Couture et retouche", legalOnly, StringComparison.Ordinal);
        Assert.Contains($"href=\"/directory/partners/{ngoId}\"", legalOnly, StringComparison.Ordinal);
        Assert.Contains("<option value=\"LegalAid\" selected", legalOnly, StringComparison.Ordinal);
        Assert.Contains("value=\"etat\"", legalOnly, StringComparison.Ordinal);
        Assert.Contains("Aucun service ne correspond", await (await browser.GetAsync("/directory?region=MA-01")).ReadHtmlAsync(), StringComparison.Ordinal);

        var partner = await (await browser.GetAsync($"/directory/partners/{ngoId}")).ReadHtmlAsync();
        Assert.Contains(DemoOrganisations.Ngo, partner, StringComparison.Ordinal);
        Assert.Contains("Aide à l'État civil", partner, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/directory/partners/{Guid.NewGuid()}")).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(200));
        browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Caseworker);
        var later = await (await browser.GetAsync("/directory")).ReadHtmlAsync();
        Assert.Contains($"<strong class=\"stale-flag\">Non vérifié depuis le {app.Today.AddDays(-200):dd/MM/yyyy}</strong>", later, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"stale-flag\">Jamais vérifié</strong>", later, StringComparison.Ordinal);
        Assert.Contains($"/directory/partners/{ngoId}", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_form_saves_and_a_wrong_one_shows_localised_messages_and_keeps_what_was_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.NgoCounsellor);

        var saved = await browser.SubmitFormAsync("/directory/profile", "profile", Typed);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/directory/profile?done=profile", saved.Target());
        var organisation = await app.QueryAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Name == DemoOrganisations.Ngo));
        Assert.Equal(("Casablanca", "+212522274190", true, app.Today), (organisation.City, organisation.ContactPhone, organisation.AcceptsReferrals, organisation.ProfileVerifiedOn));
        Assert.Equal(["MA-04", "MA-06"], organisation.RegionsCovered);
        var page = await (await browser.GetAsync(saved.Target())).ReadHtmlAsync();
        Assert.Contains("Profil enregistré et marqué vérifié aujourd'hui.", page, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" name=\"Input.RegionsCovered\" value=\"MA-06\" checked", page);

        var fields = Typed.Where(f => f.Item1 is not ("Input.ContactEmail" or "Input.Website"))
            .Append(("Input.ContactEmail", "accueil@")).Append(("Input.Website", "asm.example.ma")).ToArray();
        var bad = await (await browser.SubmitFormAsync("/directory/profile", "profile", fields)).ReadHtmlAsync();
        Assert.Contains("Certains champs sont à corriger.", bad, StringComparison.Ordinal);
        Assert.Contains("Le champ « E-mail de l'organisation » n'est pas une adresse e-mail valide.", bad, StringComparison.Ordinal);
        Assert.Contains("Le champ « Site web » doit être une adresse complète", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"accueil@\"", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"asm.example.ma\"", bad, StringComparison.Ordinal);
        Assert.Contains("Accueil des personnes migrantes à Casablanca.</textarea>", bad, StringComparison.Ordinal);
        Assert.Equal("accueil@asm.example.ma", await app.QueryAsync(db => db.Organisations.Where(o => o.Name == DemoOrganisations.Ngo).Select(o => o.ContactEmail).SingleAsync()));
    }

    [Fact]
    public async Task The_capacity_form_saves_an_own_offer_s_seats_and_keeps_a_wrong_number()
    {
        await using var app = await AmudduApp.StartAsync();
        var offerId = await (await app.ApiClientAsync(Demo.Counsellor)).PublishedAsync(CatalogueData.Training(app.Today));
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, Demo.Counsellor);

        var form = $"capacity-{offerId}";
        var wrong = await (await browser.SubmitFormAsync("/directory/profile", form, ("Capacity.SeatsLeft", "beaucoup"), ("Capacity.WaitingWeeks", "200"))).ReadHtmlAsync();
        Assert.Contains("Le champ « Places libres » doit être un nombre entier.", wrong, StringComparison.Ordinal);
        Assert.Contains("value=\"beaucoup\"", wrong, StringComparison.Ordinal);
        var range = await (await browser.SubmitFormAsync("/directory/profile", form, ("Capacity.SeatsLeft", "3"), ("Capacity.WaitingWeeks", "200"))).ReadHtmlAsync();
        Assert.Contains("Le champ « Attente (semaines) » doit être entre 0 et 104.", range, StringComparison.Ordinal);
        Assert.Contains("value=\"200\"", range, StringComparison.Ordinal);

        var saved = await browser.SubmitFormAsync("/directory/profile", form, ("Capacity.SeatsLeft", "3"), ("Capacity.WaitingWeeks", "1"));
        Assert.Equal("/directory/profile?done=capacity", saved.Target());
        var offer = await app.QueryAsync(db => db.Offers.AsNoTracking().SingleAsync());
        Assert.Equal((3, 1), (offer.SeatsLeft, offer.WaitingWeeks));
        Assert.Contains("Places et délais mis à jour.", await (await browser.GetAsync(saved.Target())).ReadHtmlAsync(), StringComparison.Ordinal);

        // The catalogue's management page leads to the directory.
        Assert.Contains("href=\"/directory\"", await (await browser.GetAsync("/catalogue/manage")).ReadHtmlAsync(), StringComparison.Ordinal);
    }
}
