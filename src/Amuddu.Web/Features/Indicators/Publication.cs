using Amuddu.Disclosure;

namespace Amuddu.Web.Features.Indicators;

/// <summary>A suppressed table: its cells, row totals, column totals and grand total as published.</summary>
public sealed record PublishedTable(Func<int, int, CountCell> Cell, IReadOnlyList<CountCell> RowTotals, IReadOnlyList<CountCell> ColumnTotals, CountCell GrandTotal)
{
    public CountCell this[int row, int column] => Cell(row, column);
}

/// <summary>
/// Turns counts into published figures with the disclosure engine: small counts, the cells that would reveal them,
/// percentages over too few people. Every figure that leaves the organisation (page, export, API, donor report,
/// IATI) goes through here.
/// </summary>
public sealed class Publication(SuppressionRules rules)
{
    public SuppressionRules Rules { get; } = rules;

    /// <summary>A count published on its own (a framework value, a trend point): no totals to protect it against.</summary>
    public CountCell Alone(long count) => Suppression.Single(count, Rules);

    /// <summary>
    /// A table of counts with its totals, suppressed together: two-way, or one-way when it has a single column
    /// (its row totals are then its cells, its column total its grand total).
    /// </summary>
    public PublishedTable Table(long[,] counts)
    {
        if (counts.GetLength(1) == 1)
        {
            var oneWay = Suppression.OneWay([.. Enumerable.Range(0, counts.GetLength(0)).Select(r => counts[r, 0])], Rules);
            return new PublishedTable((r, _) => oneWay.Cells[r], oneWay.Cells, [oneWay.Total], oneWay.Total);
        }

        var twoWay = Suppression.TwoWay(counts, Rules);
        return new PublishedTable((r, c) => twoWay[r, c], twoWay.RowTotals, twoWay.ColumnTotals, twoWay.GrandTotal);
    }

    /// <summary>
    /// A value as its unit reads it. <paramref name="count"/> is the people counted (the events for
    /// <see cref="IndicatorUnit.Events"/>) as its table published it; amounts and averages follow it; a percentage
    /// also needs its denominator, which is not published itself.
    /// </summary>
    public Figure Value(IndicatorUnit unit, CountCell count, long amountCentimes, long denominator) => unit switch
    {
        IndicatorUnit.People or IndicatorUnit.Events => Of(count),
        IndicatorUnit.Amount => Of(Suppression.Amount(amountCentimes / 100m, count), count, 2),
        IndicatorUnit.Average => Of(Suppression.Average(amountCentimes / 100m, count), count, 2),
        IndicatorUnit.Percentage => Of(Suppression.Percentage(count, new CountCell(denominator, CellState.Published), Rules), count, 1) is { State: FigureState.Shown } shown
            ? shown : new Figure(null, FigureState.NotShown),
    };

    public static Figure Of(CountCell cell) => cell.State switch
    {
        CellState.Published => Figure.Of(cell.Count),
        CellState.Primary => new Figure(null, FigureState.Small),
        CellState.Secondary => new Figure(null, FigureState.Hidden),
    };

    private static Figure Of(DerivedValue value, CountCell count, int decimals) => value.State switch
    {
        DerivedState.Shown => Figure.Of(Math.Round(value.Value!.Value, decimals)),
        DerivedState.CountSuppressed or DerivedState.NumeratorSuppressed => Of(count),
        DerivedState.DenominatorSuppressed or DerivedState.DenominatorTooSmall or DerivedState.ComplementTooSmall or DerivedState.NoPeople =>
            new Figure(null, FigureState.NotShown),
    };
}
