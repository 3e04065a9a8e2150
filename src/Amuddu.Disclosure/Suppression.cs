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
        // An inner cell exactly at the threshold makes a poor secondary cell: the attacker knows it cannot be
        // smaller, so it often pins the small cell beside it. It comes after the other inner cells.
        int Rank(int cell) => !model.IsInner(cell) ? 2 : model.Count(cell) == rules.Threshold ? 1 : 0;
        var hideOrder = Enumerable.Range(0, model.CellCount)
            .Where(c => model.Count(c) >= rules.Threshold)
            .OrderBy(Rank)
            .ThenBy(model.Count)
            .ThenBy(c => c)
            .ToArray();
        var publishOrder = hideOrder.Reverse().ToArray();
        var aggregatesOf = AggregatesOfInnerCells(model);

        GaussPass(model, states, vectors, publishOrder);
        var afterGaussPass = true;
        while (true)
        {
            var pinned = IntervalAttack.PinnedCells(model, states, rules, out var anyInSpan);
            if (pinned.Count == 0)
            {
                return new SuppressionResult(model, states, isProtected: true);
            }
            // (Right after a pass no hidden cell is in the span; should rounding say otherwise, the cells are
            // repaired one by one below, which always ends.)
            if (anyInSpan && !afterGaussPass)
            {
                afterGaussPass = true;
                // A cell hidden by the last round is a combination of published cells: the Gaussian pass again,
                // with every cell hidden so far kept hidden.
                GaussPass(model, states, vectors, publishOrder);
                continue;
            }
            // One more hidden cell for each pinned cell, unless a cell hidden in this round already touches it.
            var chosen = new List<int>();
            foreach (var cell in pinned)
            {
                var levels = RelatedCandidates(model, states, aggregatesOf, cell);
                if (chosen.Any(c => levels.Count > 0 && levels[0].Contains(c)))
                {
                    continue;
                }
                var next = -1;
                foreach (var related in levels)
                {
                    next = hideOrder.FirstOrDefault(c => states[c] == CellState.Published && related.Contains(c), -1);
                    if (next >= 0)
                    {
                        break;
                    }
                }
                if (next < 0)
                {
                    next = hideOrder.FirstOrDefault(c => states[c] == CellState.Published, -1);
                }
                if (next >= 0 && !chosen.Contains(next))
                {
                    chosen.Add(next);
                }
            }
            if (chosen.Count == 0)
            {
                return new SuppressionResult(model, states, isProtected: false);
            }
            foreach (var cell in chosen)
            {
                states[cell] = CellState.Secondary;
            }
            afterGaussPass = false;
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
    /// The published candidates that can free a cell pinned by bounds, nearest first: for the published totals
    /// that add up one of its hidden inner cells, smallest totals first (a row or a column before the grand total),
    /// their published inner cells, then the totals themselves.
    /// </summary>
    private static List<HashSet<int>> RelatedCandidates(TableModel model, CellState[] states, List<int>[] aggregatesOf, int pinned)
    {
        var aggregates = new HashSet<int>();
        foreach (var inner in model.InnerCellsOf(pinned))
        {
            if (states[inner] != CellState.Published)
            {
                aggregates.UnionWith(aggregatesOf[inner].Where(a => states[a] == CellState.Published));
            }
        }
        var levels = new List<HashSet<int>>();
        foreach (var level in aggregates.GroupBy(a => model.InnerCellsOf(a).Count).OrderBy(g => g.Key))
        {
            var cells = new HashSet<int>();
            foreach (var aggregate in level)
            {
                cells.UnionWith(model.InnerCellsOf(aggregate).Where(i => states[i] == CellState.Published));
            }
            levels.Add(cells);
            levels.Add([.. level]);
        }
        return levels;
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
