using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// The names of a view's filters as the reader knows them (the region's, the agency's... name); a filter left null
/// here but set on the view is shown by its code or id, one left null on the view is "All".
/// </summary>
public sealed record ExportFilterNames(string? Region = null, string? Site = null, string? Partner = null, string? Programme = null);

/// <summary>
/// One table of an export: a title, a header row and rows of cells. A cell is text, a number (<see cref="decimal"/> or
/// <see cref="int"/>), a local date and time (<see cref="DateTime"/>) or empty (null). A suppressed figure is its mark
/// ("&lt;5", "x", "–"), never a number.
/// </summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// The tables the XLSX and CSV exports of an <see cref="IndicatorsView"/> share, in the reader's language: the framework
/// (one row per indicator, a value and a target column per quarter), the breakdown when the view has one (rows ×
/// columns with their totals) and "About" (organisation, period, filters, when the figures were refreshed, the marks).
/// </summary>
public static class IndicatorExportTables
{
    /// <summary>The text a suppressed figure is published as; null for a figure shown.</summary>
    public static string? Mark(FigureState state, IStringLocalizer text) => state switch
    {
        FigureState.Small => text["Indicators.Figure.Small"].Value,
        FigureState.Hidden => text["Indicators.Figure.Hidden"].Value,
        FigureState.NotShown => text["Indicators.Figure.NotShown"].Value,
        _ => null,
    };

    /// <summary>A figure as a cell: its value when shown, else its mark (a shown figure without a value is empty).</summary>
    public static object? Cell(Figure figure, IStringLocalizer text) =>
        figure.State == FigureState.Shown ? figure.Value : Mark(figure.State, text);

    public static ExportTable Framework(IndicatorsView view, IStringLocalizer text)
    {
        var quarters = Quarter.Range(view.From, view.To).ToList();
        List<string> headers =
        [
            text["IndicatorExports.Result"], text["IndicatorExports.Code"], text["IndicatorExports.Indicator"],
            text["IndicatorExports.Unit"], text["IndicatorExports.Rule"], text["Indicators.Baseline"], text["IndicatorExports.BaselineYear"],
        ];
        foreach (var q in quarters)
        {
            headers.Add(text["IndicatorExports.QuarterValue", q.ToString()]);
            headers.Add(text["IndicatorExports.QuarterTarget", q.ToString()]);
        }

        var rows = new List<IReadOnlyList<object?>>();
        foreach (var result in view.Results)
        {
            foreach (var indicator in result.Indicators)
            {
                List<object?> row =
                [
                    $"{result.Code} {result.Title}", indicator.Code, indicator.Name,
                    text[$"Indicators.Unit.{indicator.Unit}"].Value, text[$"Indicators.Rule.{indicator.Rule}"].Value,
                    indicator.Baseline, indicator.BaselineYear,
                ];
                var byQuarter = indicator.Quarters.ToDictionary(v => v.Quarter);
                foreach (var q in quarters)
                {
                    if (byQuarter.TryGetValue(q, out var value))
                    {
                        row.Add(Cell(value.Value, text));
                        row.Add(value.Target);
                    }
                    else
                    {
                        row.Add(null);
                        row.Add(null);
                    }
                }

                rows.Add(row);
            }
        }

        return new ExportTable(text["IndicatorExports.Sheet.Framework"], headers, rows);
    }

    /// <summary>
    /// The breakdown as a table: the row categories down, the column categories across, totals last. A one-way breakdown
    /// (no <see cref="Breakdown.Columns"/>) has one value column: each row's only cell, or its row total when it has none.
    /// </summary>
    public static ExportTable? Breakdown(IndicatorsView view, IStringLocalizer text)
    {
        if (view.Breakdown is not { } b)
        {
            return null;
        }

        var indicator = view.Results.SelectMany(r => r.Indicators).FirstOrDefault(i => i.Id == b.IndicatorId);
        var name = indicator is null ? "" : $"{indicator.Code} {indicator.Name}";
        var total = text["Indicators.Total"].Value;
        var rows = new List<IReadOnlyList<object?>>();
        List<string> headers;
        if (b.Columns is not { } columns)
        {
            headers = [text[$"Indicators.Dimension.{b.Rows}"], text["Indicators.Value"]];
            for (var i = 0; i < b.RowCategories.Count; i++)
            {
                var figure = b.Cells.Count > i && b.Cells[i].Count > 0 ? b.Cells[i][0] : b.RowTotals[i];
                rows.Add([b.RowCategories[i].Label, Cell(figure, text)]);
            }

            rows.Add([total, Cell(b.Total, text)]);
            return new ExportTable(text["IndicatorExports.BreakdownTitle", name, text[$"Indicators.Dimension.{b.Rows}"], b.Quarter.ToString()], headers, rows);
        }

        var crossed = text["IndicatorExports.Crossed", text[$"Indicators.Dimension.{b.Rows}"], text[$"Indicators.Dimension.{columns}"]].Value;
        headers = [crossed, .. b.ColumnCategories.Select(c => c.Label), total];
        for (var i = 0; i < b.RowCategories.Count; i++)
        {
            List<object?> row = [b.RowCategories[i].Label];
            row.AddRange(b.Cells[i].Select(f => Cell(f, text)));
            row.Add(Cell(b.RowTotals[i], text));
            rows.Add(row);
        }

        rows.Add([total, .. b.ColumnTotals.Select(f => Cell(f, text)), Cell(b.Total, text)]);
        return new ExportTable(text["IndicatorExports.BreakdownTitle", name, crossed, b.Quarter.ToString()], headers, rows);
    }

    /// <summary>What the figures are: organisation, period, filters, refresh time (a local date and time) and the marks.</summary>
    public static ExportTable About(IndicatorsView view, IStringLocalizer text, ExportFilterNames? names = null)
    {
        var all = text["IndicatorExports.Filter.All"].Value;
        string Filter(string? name, object? value) => name ?? (value is null ? all : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);

        var f = view.Filter;
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { text["IndicatorExports.Organisation"].Value, view.OrganisationName },
            new object?[] { text["IndicatorExports.From"].Value, view.From.ToString() },
            new object?[] { text["IndicatorExports.To"].Value, view.To.ToString() },
            new object?[] { text["IndicatorExports.Filter.Region"].Value, Filter(names?.Region, f.RegionCode) },
            new object?[] { text["IndicatorExports.Filter.Site"].Value, Filter(names?.Site, f.SiteId) },
            new object?[] { text["IndicatorExports.Filter.Partner"].Value, Filter(names?.Partner, f.PartnerId) },
            new object?[] { text["IndicatorExports.Filter.Programme"].Value, Filter(names?.Programme, f.ProgrammeId) },
            new object?[]
            {
                text["IndicatorExports.RefreshedAt"].Value,
                view.RefreshedAt is { } at ? SiteTime.ToLocal(at) : text["IndicatorExports.NotRefreshed"].Value,
            },
            new object?[]
            {
                text["IndicatorExports.Suppression"].Value,
                text["IndicatorExports.SuppressionRule", view.Threshold - 1, view.MinimumDenominator].Value,
            },
            new object?[] { text["Indicators.Figure.Small"].Value, text["Indicators.Figure.SmallNote"].Value },
            new object?[] { text["Indicators.Figure.Hidden"].Value, text["Indicators.Figure.HiddenNote"].Value },
            new object?[] { text["Indicators.Figure.NotShown"].Value, text["Indicators.Figure.NotShownNote"].Value },
        };
        if (Breakdown(view, text) is { } breakdown)
        {
            rows.Insert(7, [text["IndicatorExports.Sheet.Breakdown"].Value, breakdown.Title]);
        }

        return new ExportTable(text["IndicatorExports.Sheet.About"], [text["IndicatorExports.Item"], text["IndicatorExports.Detail"]], rows);
    }
}
