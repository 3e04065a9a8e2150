using System.Globalization;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators.Pages;

/// <summary>A published figure as the pages print it: its mark when suppressed, else the number in the reader's culture and its unit.</summary>
public static class FigureText
{
    public static string Of(Figure figure, IndicatorUnit unit, IStringLocalizer text) =>
        IndicatorExportTables.Mark(figure.State, text) ?? Number(figure.Value!.Value, unit);

    public static string Number(decimal value, IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.People or IndicatorUnit.Events => value.ToString("N0", CultureInfo.CurrentCulture),
        IndicatorUnit.Percentage => (value / 100m).ToString("P1", CultureInfo.CurrentCulture),
        IndicatorUnit.Amount or IndicatorUnit.Average => $"{value.ToString("N2", CultureInfo.CurrentCulture)} {Money.Currency}",
    };

    /// <summary>An indicator's code as part of an element id ("R1.2" → "R1-2"), for its charts on a page.</summary>
    public static string IdOf(string code) => new([.. code.Select(c => char.IsLetterOrDigit(c) ? c : '-')]);

    /// <summary>"T3 2026" in French, "Q3 2026" in English.</summary>
    public static string Quarter(Quarter quarter, IStringLocalizer text) => text["Indicators.QuarterLabel", quarter.Year, quarter.Number];
}
