using System.Net;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Indicators;

/// <summary>
/// The indicator pages' forms, posted as a browser does (no script): the administrator adds a result and an indicator
/// (what was typed comes back with the error naming the field), the analyst writes a result's narrative on the donor
/// report and asks for the figures to be computed again.
/// </summary>
public sealed class IndicatorPagesTests
{
    [Fact]
    public async Task The_administrator_adds_a_result_and_an_indicator_on_the_framework_page_keeping_what_was_typed_when_it_is_wrong()
    {
        await using var app = await AmudduApp.StartAsync();
        var admin = app.CreateBrowser();
        await app.WebSignInAsync(admin, Demo.Admin);

        var wrong = await admin.SubmitFormAsync("/indicators/framework", "result",
            ("Result.Code", ""), ("Result.TitleFr", "Accès aux services"), ("Result.StartQuarter", "2025-Q9"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var page = await wrong.ReadHtmlAsync();
        Assert.Contains("value=\"Accès aux services\"", page, StringComparison.Ordinal);
        Assert.Contains("indiquez un trimestre sous la forme 2026-Q1", page, StringComparison.Ordinal);

        var result = await admin.SubmitFormAsync("/indicators/framework", "result",
            ("Result.Code", "R1"), ("Result.TitleFr", "Accès aux services"), ("Result.StartQuarter", "2025-Q1"));
        Assert.Equal("/indicators/framework?done=result", result.Target());
        var resultId = await app.QueryAsync(db => db.ResultAreas.Where(r => r.Code == "R1").Select(r => r.Id).SingleAsync());

        var unreadable = await admin.SubmitFormAsync("/indicators/framework", "indicator",
            ("Indicator.ResultId", resultId.ToString()), ("Indicator.Code", "R1.1"), ("Indicator.NameFr", "Personnes inscrites"),
            ("Indicator.Measure", "Registered"), ("Indicator.Unit", "People"), ("Indicator.Rule", "InQuarter"), ("Indicator.Targets", "2025 120"));
        Assert.Equal(HttpStatusCode.OK, unreadable.StatusCode);
        Assert.Contains("Cible illisible : « 2025 120 »", await unreadable.ReadHtmlAsync(), StringComparison.Ordinal);
        // Nothing saved from a form that did not read.
        Assert.False(await app.QueryAsync(db => db.Indicators.AnyAsync(i => i.Code == "R1.1")));

        var added = await admin.SubmitFormAsync("/indicators/framework", "indicator",
            ("Indicator.ResultId", resultId.ToString()), ("Indicator.Code", "R1.1"), ("Indicator.NameFr", "Personnes inscrites"),
            ("Indicator.Measure", "Registered"), ("Indicator.Unit", "People"), ("Indicator.Rule", "InQuarter"),
            ("Indicator.Baseline", "10"), ("Indicator.BaselineYear", "2024"), ("Indicator.Targets", "2025: 120; 2026: 1 200"));
        Assert.Equal("/indicators/framework?done=indicator", added.Target());
        var indicator = await app.QueryAsync(db => db.Indicators.AsNoTracking().SingleAsync(i => i.Code == "R1.1"));
        Assert.Equal((IndicatorMeasure.Registered, IndicatorUnit.People, PeriodRule.InQuarter, 10m), (indicator.Measure, indicator.Unit, indicator.Rule, indicator.Baseline));
        Assert.Equal([(2025, 120m), (2026, 1200m)], indicator.Targets.Select(t => (t.Year, t.Value)));
        Assert.Contains("R1.1 — Personnes inscrites", await (await admin.GetAsync("/indicators/framework")).ReadHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_analyst_writes_a_narrative_on_the_donor_report_and_asks_for_the_figures_again()
    {
        await using var app = await AmudduApp.StartAsync();
        var (data, _) = await IndicatorsApiTests.SeedAsync(app);
        var analyst = app.CreateBrowser();
        var password = await analyst.SubmitFormAsync("/account/sign-in", "sign-in", ("Input.Email", Demo.Analyst), ("Input.Password", Demo.Password));
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);

        var saved = await analyst.SubmitFormAsync("/indicators/report?quarter=2025-Q1", "narrative-R1", ("Form.Text", "Ouverture de deux agences."));
        Assert.Equal("/indicators/report?quarter=2025-Q1&done=saved", saved.Target());
        Assert.Equal("Ouverture de deux agences.", await app.QueryAsync(db => db.ResultNarratives.Where(n => n.Quarter == 20251).Select(n => n.Text).SingleAsync()));
        Assert.Contains("Ouverture de deux agences.", await (await analyst.GetAsync(saved.Target())).ReadHtmlAsync(), StringComparison.Ordinal);

        // A file registered after the last computation appears once the analyst asks for the figures again.
        await app.QueryAsync(async db =>
        {
            db.People.Add(data.Person("Refreshed", Features.People.Sex.Female, IndicatorData.On(1990, 5, 5), null, "SN", data.Rabat, IndicatorData.At(2025, 3, 3)));
            return await db.SaveChangesAsync();
        });
        var before = await app.QueryAsync(db => db.IndicatorTotals.Where(t => t.Measure == IndicatorMeasure.Registered && t.Quarter == 20251).SumAsync(t => t.People));
        var refreshed = await analyst.SubmitFormAsync("/indicators?from=2025-Q1&to=2025-Q2", "refresh");
        Assert.Equal(HttpStatusCode.Redirect, refreshed.StatusCode);
        Assert.Equal(before + 1, await app.QueryAsync(db => db.IndicatorTotals.Where(t => t.Measure == IndicatorMeasure.Registered && t.Quarter == 20251).SumAsync(t => t.People)));
    }
}
