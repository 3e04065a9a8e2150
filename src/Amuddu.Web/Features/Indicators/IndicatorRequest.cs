using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// What a view of the indicators asks, as the page's address and the API's query carry it: the quarters
/// (<c>from</c>, <c>to</c>: "2026-Q1"; the last eight quarters by default), the filters, and the indicator to break
/// down (<c>indicator</c>) by <c>rows</c> and optionally <c>columns</c> (dimension names) in <c>quarter</c> (the last by default).
/// </summary>
public sealed record IndicatorRequest(
    Quarter From, Quarter To, IndicatorFilter Filter, Guid? IndicatorId, Dimension Rows, Dimension? Columns, Quarter BreakdownQuarter)
{
    public const int MaxQuarters = 16;

    public static IndicatorRequest? Read(
        string? from, string? to, string? region, Guid? site, Guid? partner, Guid? programme, Guid? indicator, string? rows, string? columns,
        string? quarter, DateOnly today, ValidationErrors errors, IStringLocalizer text)
    {
        var current = Quarter.Of(today);
        var last = Read(to, current, "to", errors, text);
        var first = Read(from, last.Plus(-7), "from", errors, text);
        if (errors.IsValid && (last.CompareTo(first) < 0 || Quarter.Range(first, last).Count() > MaxQuarters))
        {
            errors.Add("to", text["Indicators.RangeInvalid", MaxQuarters]);
        }

        var breakdownQuarter = Read(quarter, last, "quarter", errors, text);
        var byRows = ReadDimension(rows, Dimension.Sex, "rows", errors, text);
        var byColumns = string.IsNullOrWhiteSpace(columns) ? (Dimension?)null : ReadDimension(columns, Dimension.AgeBand, "columns", errors, text);
        if (byColumns == byRows)
        {
            errors.Add("columns", text["Indicators.SameDimensionTwice"]);
        }

        return errors.IsValid
            ? new IndicatorRequest(first, last, new IndicatorFilter(FreeText.Clean(region), site, partner, programme), indicator, byRows, byColumns, breakdownQuarter)
            : null;
    }

    /// <summary>The query string of this view (for links and downloads), with <paramref name="change"/> applied.</summary>
    public string Query(Func<IndicatorRequest, IndicatorRequest>? change = null)
    {
        var r = change?.Invoke(this) ?? this;
        var parts = new List<string> { $"from={r.From}", $"to={r.To}" };
        if (r.Filter.RegionCode is { } region)
        {
            parts.Add($"region={Uri.EscapeDataString(region)}");
        }

        if (r.Filter.SiteId is { } site)
        {
            parts.Add($"site={site}");
        }

        if (r.Filter.PartnerId is { } partner)
        {
            parts.Add($"partner={partner}");
        }

        if (r.Filter.ProgrammeId is { } programme)
        {
            parts.Add($"programme={programme}");
        }

        if (r.IndicatorId is { } indicator)
        {
            parts.Add($"indicator={indicator}");
            parts.Add($"rows={r.Rows}");
            if (r.Columns is { } columns)
            {
                parts.Add($"columns={columns}");
            }

            parts.Add($"quarter={r.BreakdownQuarter}");
        }

        return string.Join('&', parts);
    }

    private static Quarter Read(string? value, Quarter fallback, string field, ValidationErrors errors, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (Quarter.TryParse(value, out var quarter))
        {
            return quarter;
        }

        errors.Add(field, text["Indicators.QuarterInvalid", text["Indicators.Quarter"]]);
        return fallback;
    }

    private static Dimension ReadDimension(string? value, Dimension fallback, string field, ValidationErrors errors, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (Enum.TryParse<Dimension>(value.Trim(), ignoreCase: true, out var dimension) && Enum.IsDefined(dimension))
        {
            return dimension;
        }

        errors.Add(field, text["Indicators.DimensionInvalid", value]);
        return fallback;
    }
}
