namespace Amuddu.Disclosure;

/// <summary>
/// Small-cell suppression of count tables: primary suppression of the counts 1 to Threshold - 1, then
/// secondary suppression so that no hidden cell can be worked out from what is published (see
/// docs/indicators.md, "Safe to publish").
/// </summary>
public static class Suppression
{
    /// <summary>
    /// Suppresses a table given as inner cells and aggregates. Deterministic: the same table always gives
    /// the same pattern.
    /// </summary>
    public static SuppressionResult Apply(TableModel model, SuppressionRules rules)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rules);
        rules.Validate();
        var states = new CellState[model.CellCount];
        for (var cell = 0; cell < model.CellCount; cell++)
        {
            states[cell] = rules.IsSmall(model.Count(cell)) ? CellState.Primary : CellState.Published;
        }
        if (!states.Contains(CellState.Primary))
        {
            return new SuppressionResult(model, states, isProtected: true);
        }

        var vectors = Enumerable.Range(0, model.CellCount).Select(c => GaussElimination.Vector(model, c)).ToArray();
        // Candidates for secondary suppression: every cell of at least Threshold (never a zero).
        // Published first: aggregates before inner cells, large before small; hidden first: the reverse.
        var publishOrder = Enumerable.Range(0, model.CellCount)
            .Where(c => model.Count(c) >= rules.Threshold)
            .OrderBy(c => model.IsInner(c) ? 1 : 0)
            .ThenByDescending(model.Count)
            .ThenBy(c => c)
            .ToArray();
        var hideOrder = Enumerable.Range(0, model.CellCount)
            .Where(c => model.Count(c) >= rules.Threshold)
            .OrderBy(c => model.IsInner(c) ? 0 : 1)
            .ThenBy(model.Count)
            .ThenBy(c => c)
            .ToArray();
        var aggregatesOf = AggregatesOfInnerCells(model);

        while (true)
        {
            GaussPass(model, states, vectors, publishOrder);
            var pinned = IntervalAttack.PinnedCells(model, states, rules);
            if (pinned.Count == 0)
            {
                return new SuppressionResult(model, states, isProtected: true);
            }
            var next = NextToHide(model, states, hideOrder, aggregatesOf, pinned[0]);
            if (next < 0)
            {
                return new SuppressionResult(model, states, isProtected: false);
            }
            states[next] = CellState.Secondary;
        }
    }

    /// <summary>
    /// A one-way table: the counts and their total. Cell numbers in <see cref="OneWayTable.Result"/>:
    /// the counts 0 to n - 1, then the total.
    /// </summary>
    public static OneWayTable OneWay(IReadOnlyList<long> counts, SuppressionRules rules)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var model = new TableModel(counts);
        if (counts.Count > 0)
        {
            model.AddAggregate(Enumerable.Range(0, counts.Count));
        }
        return new OneWayTable(Apply(model, rules));
    }

    /// <summary>
    /// A two-way table (rows x columns) with its row totals, column totals and grand total; any of them may be
    /// small itself. Cell numbers in <see cref="TwoWayTable.Result"/>: inner cell (i, j) is i * columns + j, then
    /// the row totals, the column totals and the grand total.
    /// </summary>
    public static TwoWayTable TwoWay(long[,] counts, SuppressionRules rules)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return TwoWay(counts.GetLength(0), counts.GetLength(1), (i, j) => counts[i, j], rules);
    }

    /// <inheritdoc cref="TwoWay(long[,], SuppressionRules)"/>
    public static TwoWayTable TwoWay(int rows, int columns, Func<int, int, long> count, SuppressionRules rules)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        var inner = new long[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                inner[i * columns + j] = count(i, j);
            }
        }
        var model = new TableModel(inner);
        if (rows > 0 && columns > 0)
        {
            for (var i = 0; i < rows; i++)
            {
                model.AddAggregate(Enumerable.Range(0, columns).Select(j => i * columns + j));
            }
            for (var j = 0; j < columns; j++)
            {
                model.AddAggregate(Enumerable.Range(0, rows).Select(i => i * columns + j));
            }
            model.AddAggregate(Enumerable.Range(0, rows * columns));
        }
        return new TwoWayTable(rows, columns, Apply(model, rules));
    }

    /// <summary>A figure published on its own (no total beside it): primary suppression only.</summary>
    public static CountCell Single(long count, SuppressionRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.Validate();
        return new CountCell(count, rules.IsSmall(count) ? CellState.Primary : CellState.Published);
    }

    /// <summary>
    /// A percentage (100 * numerator / denominator), shown only when the denominator is published and at least
    /// <see cref="SuppressionRules.MinimumDenominator"/>, the numerator is published, and the people left out of
    /// the numerator (denominator - numerator) are not a small count: 95% of 20 would tell that one person is not.
    /// </summary>
    public static DerivedValue Percentage(CountCell numerator, CountCell denominator, SuppressionRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.Validate();
        if (denominator.IsSuppressed)
        {
            return new DerivedValue(null, DerivedState.DenominatorSuppressed);
        }
        if (denominator.Count < rules.MinimumDenominator)
        {
            return new DerivedValue(null, DerivedState.DenominatorTooSmall);
        }
        if (numerator.IsSuppressed)
        {
            return new DerivedValue(null, DerivedState.NumeratorSuppressed);
        }
        if (rules.IsSmall(denominator.Count - numerator.Count))
        {
            return new DerivedValue(null, DerivedState.ComplementTooSmall);
        }
        return new DerivedValue(100m * numerator.Count / denominator.Count, DerivedState.Shown);
    }

    /// <summary>An average over people (sum / people): hidden with their count, and when there is nobody.</summary>
    public static DerivedValue Average(decimal sum, CountCell people)
    {
        if (people.IsSuppressed)
        {
            return new DerivedValue(null, DerivedState.CountSuppressed);
        }
        if (people.Count == 0)
        {
            return new DerivedValue(null, DerivedState.NoPeople);
        }
        return new DerivedValue(sum / people.Count, DerivedState.Shown);
    }

    /// <summary>An amount (grants paid in MAD, for instance) over people: hidden when their count is hidden.</summary>
    public static DerivedValue Amount(decimal amount, CountCell people) =>
        people.IsSuppressed ? new DerivedValue(null, DerivedState.CountSuppressed) : new DerivedValue(amount, DerivedState.Shown);

    private static void GaussPass(TableModel model, CellState[] states, double[][] vectors, int[] publishOrder)
    {
        var gauss = new GaussElimination(model.InnerCellCount);
        for (var cell = 0; cell < model.CellCount; cell++)
        {
            if (states[cell] != CellState.Published)
            {
                gauss.Hide(vectors[cell]);
            }
        }
        for (var cell = 0; cell < model.CellCount; cell++)
        {
            if (model.Count(cell) == 0)
            {
                gauss.Force(vectors[cell]);
            }
        }
        foreach (var cell in publishOrder)
        {
            if (states[cell] == CellState.Published && !gauss.TryPublish(vectors[cell]))
            {
                states[cell] = CellState.Secondary;
            }
        }
    }

    /// <summary>
    /// The published cell to hide next when a hidden cell is pinned by bounds: the first, in the order cells are
    /// preferred to be hidden (small inner cells first, totals last), that shares a published total with the
    /// pinned cell's hidden inner cells (or is such a total); failing that, the first published candidate.
    /// </summary>
    private static int NextToHide(TableModel model, CellState[] states, int[] hideOrder, List<int>[] aggregatesOf, int pinned)
    {
        var hiddenInner = model.InnerCellsOf(pinned).Where(i => states[i] != CellState.Published).ToHashSet();
        var relatedAggregates = new HashSet<int>();
        foreach (var inner in hiddenInner)
        {
            foreach (var aggregate in aggregatesOf[inner])
            {
                if (states[aggregate] == CellState.Published)
                {
                    relatedAggregates.Add(aggregate);
                }
            }
        }
        var relatedInner = new HashSet<int>();
        foreach (var aggregate in relatedAggregates)
        {
            relatedInner.UnionWith(model.InnerCellsOf(aggregate));
        }
        foreach (var cell in hideOrder)
        {
            if (states[cell] == CellState.Published && (model.IsInner(cell) ? relatedInner.Contains(cell) : relatedAggregates.Contains(cell)))
            {
                return cell;
            }
        }
        foreach (var cell in hideOrder)
        {
            if (states[cell] == CellState.Published)
            {
                return cell;
            }
        }
        return -1;
    }

    private static List<int>[] AggregatesOfInnerCells(TableModel model)
    {
        var result = new List<int>[model.InnerCellCount];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = [];
        }
        for (var cell = model.InnerCellCount; cell < model.CellCount; cell++)
        {
            foreach (var inner in model.InnerCellsOf(cell))
            {
                result[inner].Add(cell);
            }
        }
        return result;
    }
}
