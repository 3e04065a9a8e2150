using Amuddu.Disclosure;

namespace Amuddu.Disclosure.Tests;

/// <summary>The tables the attacker is tried on: hand-made tricky ones and random ones from a fixed seed.</summary>
internal static class TestTables
{
    public sealed record Case(string Name, TableModel Model, SuppressionRules Rules);

    public static TableModel TwoWay(long[,] counts)
    {
        int rows = counts.GetLength(0), columns = counts.GetLength(1);
        var model = new TableModel(Enumerable.Range(0, rows * columns).Select(k => counts[k / columns, k % columns]));
        for (var i = 0; i < rows; i++)
        {
            model.AddAggregate(Enumerable.Range(0, columns).Select(j => i * columns + j));
        }
        for (var j = 0; j < columns; j++)
        {
            model.AddAggregate(Enumerable.Range(0, rows).Select(i => i * columns + j));
        }
        model.AddAggregate(Enumerable.Range(0, rows * columns));
        return model;
    }

    public static TableModel OneWay(params long[] counts)
    {
        var model = new TableModel(counts);
        model.AddAggregate(Enumerable.Range(0, counts.Length));
        return model;
    }

    /// <summary>Tables where primary suppression alone lets the attacker recover a small cell.</summary>
    public static IEnumerable<Case> Tricky()
    {
        var rules = SuppressionRules.Default;
        yield return new("a single small cell in a row", TwoWay(new long[,] { { 20, 3, 15 }, { 12, 30, 18 }, { 25, 14, 40 } }), rules);
        yield return new("two small cells in one row and one column", TwoWay(new long[,] { { 4, 4, 20 }, { 4, 18, 22 }, { 30, 12, 25 } }), rules);
        yield return new("a small row total", TwoWay(new long[,] { { 1, 2, 0 }, { 20, 30, 25 }, { 17, 9, 40 } }), rules);
        yield return new("a small column total", TwoWay(new long[,] { { 1, 20, 8 }, { 0, 30, 25 }, { 2, 9, 40 } }), rules);
        yield return new("a 2x2 with one small cell", TwoWay(new long[,] { { 3, 20 }, { 15, 40 } }), rules);
        yield return new("a 2x2 with one small cell beside the threshold", TwoWay(new long[,] { { 1, 5 }, { 5, 40 } }), rules);
        yield return new("a one-way table with one small cell", OneWay(3, 20, 30), rules);
        yield return new("a one-way table whose only other count is the threshold", OneWay(1, 5, 30), rules);
        yield return new("a one-way table with a zero beside the small cell", OneWay(2, 0, 7, 11), rules);
        yield return new("a row of one small cell and zeros", TwoWay(new long[,] { { 0, 4, 0 }, { 6, 7, 8 }, { 9, 5, 12 } }), rules);
        yield return new("small cells only at the threshold's edges", TwoWay(new long[,] { { 1, 6, 9 }, { 5, 5, 5 }, { 4, 5, 1 } }), rules);
        yield return new("a single column", TwoWay(new long[,] { { 2 }, { 30 }, { 12 } }), rules);
        yield return new("a single row", TwoWay(new long[,] { { 30, 2, 12, 5 } }), rules);
        yield return new("a diagonal of small cells", TwoWay(new long[,] { { 1, 9, 9, 9 }, { 9, 2, 9, 9 }, { 9, 9, 3, 9 }, { 9, 9, 9, 4 } }), rules);
        yield return new("a threshold of 10", TwoWay(new long[,] { { 7, 30, 12 }, { 15, 10, 11 }, { 40, 22, 9 } }), rules with { Threshold = 10 });
        yield return new("a threshold of 3", TwoWay(new long[,] { { 2, 3, 5 }, { 3, 3, 3 }, { 9, 1, 4 } }), rules with { Threshold = 3 });
        yield return new("a region's subtotal", Hierarchy([3, 12, 20], [30, 25], [8, 0, 14, 6]), rules);
    }

    /// <summary>A one-way table of groups (regions and their provinces): a subtotal per group and a grand total.</summary>
    public static TableModel Hierarchy(params long[][] groups)
    {
        var model = new TableModel(groups.SelectMany(g => g));
        var start = 0;
        foreach (var group in groups)
        {
            model.AddAggregate(Enumerable.Range(start, group.Length));
            start += group.Length;
        }
        model.AddAggregate(Enumerable.Range(0, start));
        return model;
    }

    /// <summary>A few hundred random tables of various shapes and sparsity, always the same (fixed seed).</summary>
    public static IEnumerable<Case> Random(int count)
    {
        var random = new Random(17);
        for (var n = 0; n < count; n++)
        {
            var threshold = (n % 10) switch { 0 => 3, 1 => 10, _ => 5 };
            var rules = SuppressionRules.Default with { Threshold = threshold };
            var zero = random.NextDouble() * 0.4;
            var small = 0.05 + random.NextDouble() * 0.4;
            long Cell()
            {
                var u = random.NextDouble();
                if (u < zero)
                {
                    return 0;
                }
                if (u < zero + small)
                {
                    return random.Next(1, threshold);
                }
                // Large cells, many of them right at the threshold (the hardest for bounds).
                return random.NextDouble() < 0.3 ? threshold + random.Next(0, 2) : threshold + random.Next(0, 60);
            }
            switch (n % 5)
            {
                case 0:
                {
                    var cells = Enumerable.Range(0, random.Next(1, 16)).Select(_ => Cell()).ToArray();
                    yield return new($"random one-way {n}", OneWay(cells), rules);
                    break;
                }
                case 1:
                {
                    var groups = Enumerable.Range(0, random.Next(1, 6))
                        .Select(_ => Enumerable.Range(0, random.Next(1, 6)).Select(_ => Cell()).ToArray()).ToArray();
                    yield return new($"random hierarchy {n}", Hierarchy(groups), rules);
                    break;
                }
                default:
                {
                    int rows = random.Next(1, 16), columns = random.Next(1, 16);
                    if (n % 7 == 0)
                    {
                        (rows, columns) = (random.Next(1, 4), random.Next(1, 4));
                    }
                    var counts = new long[rows, columns];
                    for (var i = 0; i < rows; i++)
                    {
                        for (var j = 0; j < columns; j++)
                        {
                            counts[i, j] = Cell();
                        }
                    }
                    yield return new($"random {rows}x{columns} {n}", TwoWay(counts), rules);
                    break;
                }
            }
        }
    }

    public static CellState[] PrimaryOnly(TableModel model, SuppressionRules rules) =>
        Enumerable.Range(0, model.CellCount).Select(c => rules.IsSmall(model.Count(c)) ? CellState.Primary : CellState.Published).ToArray();
}
