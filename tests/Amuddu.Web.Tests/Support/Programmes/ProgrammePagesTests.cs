using System.Net;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Programmes;

public sealed class ProgrammePagesTests
{
    private static (string, string)[] Typed(DateOnly today, string budget = "250 000,50", string percent2 = "40") =>
    [
        ("Code", "coop-rabat"), ("Name", "Coopératives de Rabat"), ("Kind", "SelfEmploymentGrant"), ("Funder", "Enabel"),
        ("Budget", budget), ("StartsOn", today.ToString("yyyy-MM-dd")), ("EndsOn", today.AddYears(1).ToString("yyyy-MM-dd")), ("DecisionDays", "30"),
        ("AmountPolicy", "Ceiling"), ("Amount", "50000"),
        ("Tranche0.Condition", "PurchaseReceipts"), ("Tranche0.Percent", "60"), ("Tranche0.Month", "1"),
        ("Tranche1.Condition", "ActivityStarted"), ("Tranche1.Percent", percent2), ("Tranche1.Month", "3"),
        ("Rule.LegalStatus.On", "true"), ("Rule.LegalStatus.Values", "REFUGEE"), ("Rule.LegalStatus.Values", "REGULARISED_MIGRANT"),
        ("Rule.AgeRange.On", "true"), ("Rule.AgeRange.Min", "18"), ("Rule.AgeRange.Max", "40"),
        ("RequiredDocuments", "BusinessPlan"),
        ("Criterion0.Code", "VIAB"), ("Criterion0.Label", "Viabilité"), ("Criterion0.MaxPoints", "60"),
        ("Criterion1.Code", "EQUIPE"), ("Criterion1.Label", "Équipe"), ("Criterion1.MaxPoints", "40"),
        ("PassMark", "55"),
    ];

    [Fact]
    public async Task The_administrator_form_saves_a_programme_and_its_page_reads_it_in_plain_words()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Admin);

        var saved = await browser.SubmitFormAsync("/programmes/new", "programme", Typed(app.Today));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var programme = await app.QueryAsync(db => db.Programmes.AsNoTracking().SingleAsync());
        Assert.Equal($"/programmes/{programme.Id}?done=Created", saved.Target());
        Assert.Equal(("COOP-RABAT", 25_000_050L, 2, 55), (programme.Code, programme.BudgetCentimes, programme.Tranches.Count, programme.PassMark!.Value));
        Assert.Equal([EligibilityRuleKind.LegalStatus, EligibilityRuleKind.AgeRange], programme.Rules.Select(r => r.Kind));

        var page = await (await browser.GetAsync(saved.Target())).ReadHtmlAsync();
        Assert.Contains("Statut légal : réfugié ou migrant régularisé", page, StringComparison.Ordinal);
        Assert.Contains("Âgé de 18 à 40 ans à la date de début", page, StringComparison.Ordinal);
        Assert.Contains("Note de passage : 55 sur 100.", page, StringComparison.Ordinal);

        var opened = await browser.SubmitFormAsync(saved.Target(), "open");
        Assert.Equal($"/programmes/{programme.Id}?done=Opened", opened.Target());
        Assert.Equal(ProgrammeStatus.Open, await app.QueryAsync(db => db.Programmes.Select(p => p.Status).SingleAsync()));

        var edit = await (await browser.GetAsync($"/programmes/{programme.Id}/edit")).ReadHtmlAsync();
        Assert.Contains("name=\"Code\" value=\"COOP-RABAT\"", edit, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" name=\"Rule.AgeRange.On\" value=\"true\" checked", edit);
        var lines = await browser.SubmitFormAsync($"/programmes/{programme.Id}/edit", "budget-lines", ("Line.MA-04", "150000"), ("Line.MA-06", "100000"));
        Assert.Equal($"/programmes/{programme.Id}?done=LinesSaved", lines.Target());
        Assert.Equal(2, await app.QueryAsync(db => db.ProgrammeBudgetLines.CountAsync()));

        var list = await (await browser.GetAsync("/programmes")).ReadHtmlAsync();
        Assert.Contains($"<a href=\"/programmes/{programme.Id}\">Coopératives de Rabat</a>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_form_shows_each_message_and_keeps_what_was_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Admin);

        var words = await (await browser.SubmitFormAsync("/programmes/new", "programme", Typed(app.Today, budget: "beaucoup"))).ReadHtmlAsync();
        Assert.Contains("Budget (MAD) : indiquez un montant positif en dirhams, avec au plus deux décimales.", words, StringComparison.Ordinal);
        Assert.Contains("value=\"beaucoup\"", words, StringComparison.Ordinal);

        var bad = await (await browser.SubmitFormAsync("/programmes/new", "programme", Typed(app.Today, budget: "-5", percent2: "30"))).ReadHtmlAsync();
        Assert.Contains("Certains champs sont à corriger.", bad, StringComparison.Ordinal);
        Assert.Contains("Les parts des tranches font 90 % au lieu de 100 %.", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"-5\"", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"Coopératives de Rabat\"", bad, StringComparison.Ordinal);
        Assert.Contains("name=\"Tranche1.Percent\" value=\"30\"", bad, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" name=\"Rule.LegalStatus.Values\" value=\"REFUGEE\" checked", bad);
        Assert.Equal(0, await app.QueryAsync(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task Only_administrators_reach_the_form_and_counsellors_not_the_programme_pages()
    {
        await using var app = await AmudduApp.StartAsync();
        var officer = app.CreateBrowser();
        await app.WebSignInAsync(officer, Demo.Officer);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/programmes")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await officer.GetAsync("/programmes/new")).StatusCode);
        var counsellor = app.CreateBrowser();
        await app.WebSignInAsync(counsellor, Demo.Counsellor);
        Assert.NotEqual(HttpStatusCode.OK, (await counsellor.GetAsync("/programmes")).StatusCode);
    }
}
