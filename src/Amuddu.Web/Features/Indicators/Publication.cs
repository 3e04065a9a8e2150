namespace Amuddu.Web.Features.Indicators;

/// <summary>The states of a two-way table's cells and totals once suppressed for publication.</summary>
public sealed record TableStates(FigureState[,] Cells, FigureState[] RowTotals, FigureState[] ColumnTotals, FigureState Total);

/// <summary>
/// Turns counts into published figures: small counts, the cells that would reveal them, percentages over too few
/// people. Every figure that leaves the organisation (page, export, API, donor report, IATI) goes through here.
/// </summary>
public sealed class Publication(int threshold, int minimumDenominator)
{
    public int Threshold { get; } = threshold;
    public int MinimumDenominator { get; } = minimumDenominator;

    public bool IsSmall(long count) => count > 0 && count < Threshold;

    public Figure Count(long count) => IsSmall(count) ? new Figure(null, FigureState.Small) : Figure.Of(count);

    /// <summary>An amount in MAD paid to <paramref name="people"/> people: hidden when they are few.</summary>
    public Figure Amount(long centimes, long people) =>
        IsSmall(people) ? new Figure(null, FigureState.Small) : Figure.Of(centimes / 100m);

    public Figure Average(long centimes, long people) =>
        people == 0 ? new Figure(null, FigureState.NotShown)
        : IsSmall(people) ? new Figure(null, FigureState.Small)
        : Figure.Of(Math.Round(centimes / 100m / people, 2));

    /// <summary>A percentage, published only over enough people and when its numerator is not a small count.</summary>
    public Figure Percent(long numerator, long denominator) =>
        denominator < MinimumDenominator || IsSmall(numerator) ? new Figure(null, FigureState.NotShown)
        : Figure.Of(Math.Round(100m * numerator / denominator, 1));

    /// <summary>A two-way table of counts (one column for a one-way table) with its totals, suppressed.</summary>
    public TableStates Suppress(long[,] cells)
    {
        var rows = cells.GetLength(0);
        var columns = cells.GetLength(1);
        var states = new FigureState[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                states[r, c] = IsSmall(cells[r, c]) ? FigureState.Small : FigureState.Shown;
            }
        }

        var rowTotals = Enumerable.Range(0, rows).Select(r => State(Enumerable.Range(0, columns).Sum(c => cells[r, c]))).ToArray();
        var columnTotals = Enumerable.Range(0, columns).Select(c => State(Enumerable.Range(0, rows).Sum(r => cells[r, c]))).ToArray();
        long total = 0;
        foreach (var cell in cells)
        {
            total += cell;
        }

        return new TableStates(states, rowTotals, columnTotals, State(total));
    }

    private FigureState State(long count) => IsSmall(count) ? FigureState.Small : FigureState.Shown;
}
