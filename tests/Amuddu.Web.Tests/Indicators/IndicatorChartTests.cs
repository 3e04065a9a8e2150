using System.Globalization;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.Indicators.Pages;
using Amuddu.Web.Tests.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Amuddu.Web.Tests.Indicators.IndicatorSamples;

namespace Amuddu.Web.Tests.Indicators;

/// <summary>
/// The indicator's trend chart and the breakdown chart rendered as the server renders them (HtmlRenderer, no browser):
/// an image named by its title and a description that says every value, a bar per shown quarter, a gap with its mark
/// for a suppressed one, the target line, the figures in a table; in Arabic the time axis runs from the right.
/// </summary>
public sealed class IndicatorChartTests
{
    private static async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(Services, Services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    private static List<(string Key, string State, double? X)> Quarters(ChartMarkup chart) =>
        [.. chart.Svg.Descendants().Where(e => e.Name.LocalName == "g" && e.Attribute("data-state") is not null)
            .Select(g => ((string)g.Attribute("data-key")!, (string)g.Attribute("data-state")!, (double?)double.Parse((string)g.Attribute("data-x")!, CultureInfo.InvariantCulture)))];

    [Fact]
    public async Task The_trend_is_an_accessible_image_with_bars_gaps_and_the_target_in_French()
    {
        Texts("fr");

        var html = await RenderAsync<IndicatorChart>(new() { ["Indicator"] = ReachedIndicator() });

        var chart = ChartMarkup.Of(html, "chart-indicator-R1-1");
        Assert.Equal("img", (string?)chart.Svg.Attribute("role"));
        Assert.Equal("chart-indicator-R1-1-title chart-indicator-R1-1-desc", (string?)chart.Svg.Attribute("aria-labelledby"));
        Assert.Equal("100%", (string?)chart.Svg.Attribute("width"));
        Assert.Equal("0 0 480 270", (string?)chart.Svg.Attribute("viewBox"));
        Assert.DoesNotContain(chart.Figure.Descendants(), e => e.Name.LocalName == "script");
        Assert.Equal("ltr", chart.Layout);
        Assert.Equal("R1.1 Personnes touchées par la sensibilisation", chart.Title);
        Assert.Equal(
            "Personnes touchées par la sensibilisation par trimestre, du plus ancien au plus récent : 2026-Q1 : 120 (cible 400); "
            + "2026-Q2 : <5 (cible 400); 2026-Q3 : x (cible 400); 2026-Q4 : 310 (cible 400). Les trimestres masqués sont laissés vides, avec leur marque.",
            chart.Description);

        // Oldest quarter first, from the left; the suppressed quarters have no bar, only their mark.
        var quarters = Quarters(chart);
        Assert.Equal(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"], quarters.Select(q => q.Key));
        Assert.Equal(quarters.OrderBy(q => q.X).Select(q => q.Key), quarters.Select(q => q.Key));
        var groups = chart.Svg.Descendants().Where(e => e.Name.LocalName == "g" && e.Attribute("data-state") is not null).ToList();
        Assert.Equal([true, false, false, true], groups.Select(g => g.Descendants().Any(e => e.Name.LocalName == "rect")));
        Assert.Equal(["<5", "x"], groups.Skip(1).Take(2).Select(g => g.Descendants().Single(e => (string?)e.Attribute("class") == "chart-value chart-mark").Value));
        Assert.Equal(["120", "", "", "310"], groups.Select(g => (string)g.Attribute("data-value")!));
        Assert.All(groups, g => Assert.Equal("400", (string?)g.Descendants().Single(e => e.Name.LocalName == "line").Attribute("data-target")));
        // The taller bar is the larger value.
        var heights = groups.Select(g => g.Descendants().SingleOrDefault(e => e.Name.LocalName == "rect")?.Attribute("height")).Where(h => h is not null)
            .Select(h => double.Parse(h!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(heights[1] > heights[0]);

        // The table under it: the figures as the page shows them.
        Assert.Equal(["120", "400"], chart.Table["2026-Q1"]);
        Assert.Equal(["<5", "400"], chart.Table["2026-Q2"]);
        Assert.Equal(["x", "400"], chart.Table["2026-Q3"]);
    }

    [Fact]
    public async Task In_Arabic_the_time_axis_runs_from_the_right()
    {
        Texts("ar");

        var html = await RenderAsync<IndicatorChart>(new() { ["Indicator"] = InformedShareIndicator(), ["Id"] = "share" });

        var chart = ChartMarkup.Of(html, "share");
        Assert.Equal("rtl", chart.Layout);
        var quarters = Quarters(chart);
        Assert.Equal(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"], quarters.Select(q => q.Key));
        // The first quarter is the rightmost.
        Assert.Equal(quarters.OrderByDescending(q => q.X).Select(q => q.Key), quarters.Select(q => q.Key));
        Assert.Equal("NotShown", quarters[1].State);
        var share = 45.5m.ToString("0.#", CultureInfo.CurrentCulture);
        Assert.Contains($"2026-Q1: {share} % (الهدف 60 %)", chart.Description, StringComparison.Ordinal);
        Assert.Contains("2026-Q2: –", chart.Description, StringComparison.Ordinal);
        Assert.Equal(["–", "60 %"], chart.Table["2026-Q2"]);
        // A share is drawn on the whole 0–100 % scale: 45.5 % is a bar of 45.5 % of the plot's height (176).
        var first = chart.Svg.Descendants().First(e => e.Name.LocalName == "rect" && (string?)e.Attribute("class") == "chart-bar");
        Assert.Equal(80.1, double.Parse((string)first.Attribute("height")!, CultureInfo.InvariantCulture), 1);
    }

    [Fact]
    public async Task A_one_way_breakdown_is_drawn_as_bars_with_the_small_count_as_its_mark()
    {
        Texts("en");

        var html = await RenderAsync<IndicatorBreakdownChart>(new() { ["Breakdown"] = EmployedBySex(), ["Indicator"] = EmployedIndicator() });

        var chart = ChartMarkup.Of(html, "chart-breakdown-R3-1-Sex");
        chart.AssertAccessible();
        Assert.Equal("R3.1 Personnes placées en emploi – Sex, 2026-Q2", chart.Title);
        Assert.Equal("Personnes placées en emploi by Sex: Femmes: 6; Hommes: <5; Total: 8.", chart.Description);
        Assert.Equal([("Female", 6d), ("Male", 0d)], chart.Rows.Select(r => (r.Key, r.Value)));
        Assert.Null(chart.Rows[1].Width);
        Assert.Equal(["<5"], chart.Table["Male"]);
    }
}
