namespace Amuddu.Web.Features.Indicators;

/// <summary>How a figure may be published.</summary>
public enum FigureState
{
    Shown,

    /// <summary>A count of 1 to threshold − 1 (shown "&lt;5"), or an amount or average over such a count.</summary>
    Small,

    /// <summary>Hidden so that a small count cannot be worked out from the totals (secondary suppression).</summary>
    Hidden,

    /// <summary>A percentage whose denominator is under the minimum (20), or whose numerator is hidden.</summary>
    NotShown,
}

/// <summary>A published figure: <see cref="Value"/> is null unless <see cref="State"/> is <see cref="FigureState.Shown"/>.</summary>
public sealed record Figure(decimal? Value, FigureState State)
{
    public static Figure Of(decimal value) => new(value, FigureState.Shown);
}

/// <summary>The filters of a view; null means all.</summary>
public sealed record IndicatorFilter(string? RegionCode = null, Guid? SiteId = null, Guid? PartnerId = null, Guid? ProgrammeId = null);

/// <summary>One quarter of an indicator: its value and the target of that quarter's year.</summary>
public sealed record QuarterValue(Quarter Quarter, Figure Value, decimal? Target);

public sealed record YearTargetView(int Year, decimal Value);

/// <summary>An indicator with its value for every quarter of the view, in the reader's language.</summary>
public sealed record IndicatorView(
    Guid Id, string Code, string Name, string? Definition, IndicatorUnit Unit, PeriodRule Rule, IndicatorMeasure Measure,
    IndicatorMeasure? DenominatorMeasure, decimal? Baseline, int? BaselineYear, IReadOnlyList<YearTargetView> Targets,
    IReadOnlyList<QuarterValue> Quarters)
{
    /// <summary>The last quarter of the view.</summary>
    public QuarterValue Latest => Quarters[^1];
}

/// <summary>A result with its indicators, and the manager's narrative for the view's last quarter.</summary>
public sealed record ResultView(Guid Id, string Code, string Title, string? Narrative, IReadOnlyList<IndicatorView> Indicators);

/// <summary>A category of a dimension: its code (sex, band, ISO code, region code, site id...) and its label in the reader's language.</summary>
public sealed record Category(string Code, string Label);

/// <summary>
/// An indicator broken down by one dimension (<see cref="Columns"/> null) or two crossed, for one quarter, with its
/// totals; every figure already suppressed for publication.
/// </summary>
public sealed record Breakdown(
    Guid IndicatorId, Quarter Quarter, Dimension Rows, Dimension? Columns,
    IReadOnlyList<Category> RowCategories, IReadOnlyList<Category> ColumnCategories,
    IReadOnlyList<IReadOnlyList<Figure>> Cells, IReadOnlyList<Figure> RowTotals, IReadOnlyList<Figure> ColumnTotals, Figure Total);

/// <summary>What the indicators page, its exports and the API show: the framework over a range of quarters, filtered.</summary>
public sealed record IndicatorsView(
    string OrganisationName, Quarter From, Quarter To, IndicatorFilter Filter, DateTimeOffset? RefreshedAt,
    int Threshold, int MinimumDenominator, IReadOnlyList<ResultView> Results, Breakdown? Breakdown);
