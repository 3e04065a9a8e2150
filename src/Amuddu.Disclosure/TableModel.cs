namespace Amuddu.Disclosure;

/// <summary>
/// A table as suppression sees it: inner cells (the finest counts, which add up to everything else)
/// and aggregate cells, each the sum of a set of inner cells (a row total, a column total, a grand total,
/// a subtotal). Cells are numbered: inner cells first (0 to <see cref="InnerCellCount"/> - 1, in the order
/// given), then the aggregates in the order they were added.
/// </summary>
public sealed class TableModel
{
    private readonly long[] inner;
    private readonly List<int[]> members = [];
    private readonly List<long> aggregateCounts = [];

    public TableModel(IEnumerable<long> innerCounts)
    {
        ArgumentNullException.ThrowIfNull(innerCounts);
        inner = innerCounts.ToArray();
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(innerCounts), inner[i], $"Inner cell {i} is negative: counts are zero or more.");
            }
        }
    }

    public int InnerCellCount => inner.Length;

    public int CellCount => inner.Length + members.Count;

    /// <summary>Adds a cell that is the sum of the given inner cells, and returns its number.</summary>
    public int AddAggregate(IEnumerable<int> innerCells)
    {
        ArgumentNullException.ThrowIfNull(innerCells);
        var cells = innerCells.Distinct().Order().ToArray();
        if (cells.Length == 0)
        {
            throw new ArgumentException("An aggregate adds up at least one inner cell.", nameof(innerCells));
        }
        long sum = 0;
        foreach (var cell in cells)
        {
            if (cell < 0 || cell >= inner.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(innerCells), cell, "Not an inner cell of this table.");
            }
            sum += inner[cell];
        }
        members.Add(cells);
        aggregateCounts.Add(sum);
        return inner.Length + members.Count - 1;
    }

    public bool IsInner(int cell) => cell < inner.Length;

    public long Count(int cell) => IsInner(cell) ? inner[cell] : aggregateCounts[cell - inner.Length];

    /// <summary>The inner cells a cell adds up (an inner cell: itself).</summary>
    public IReadOnlyList<int> InnerCellsOf(int cell) => IsInner(cell) ? [cell] : members[cell - inner.Length];
}
