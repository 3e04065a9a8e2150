namespace Amuddu.Disclosure;

/// <summary>A suppressed one-way table: the counts in the order given and their total.</summary>
public sealed class OneWayTable
{
    internal OneWayTable(SuppressionResult result)
    {
        Result = result;
        var n = result.Model.InnerCellCount;
        Cells = Enumerable.Range(0, n).Select(i => result[i]).ToArray();
        Total = n == 0 ? new CountCell(0, CellState.Published) : result[n];
    }

    public IReadOnlyList<CountCell> Cells { get; }

    public CountCell Total { get; }

    public SuppressionResult Result { get; }
}

/// <summary>A suppressed two-way table: inner cells, row totals, column totals and the grand total.</summary>
public sealed class TwoWayTable
{
    internal TwoWayTable(int rows, int columns, SuppressionResult result)
    {
        Rows = rows;
        Columns = columns;
        Result = result;
        var n = rows * columns;
        if (n == 0)
        {
            RowTotals = Enumerable.Repeat(new CountCell(0, CellState.Published), rows).ToArray();
            ColumnTotals = Enumerable.Repeat(new CountCell(0, CellState.Published), columns).ToArray();
            GrandTotal = new CountCell(0, CellState.Published);
            return;
        }
        RowTotals = Enumerable.Range(0, rows).Select(i => result[n + i]).ToArray();
        ColumnTotals = Enumerable.Range(0, columns).Select(j => result[n + rows + j]).ToArray();
        GrandTotal = result[n + rows + columns];
    }

    public int Rows { get; }

    public int Columns { get; }

    public CountCell this[int row, int column] => Result[row * Columns + column];

    public IReadOnlyList<CountCell> RowTotals { get; }

    public IReadOnlyList<CountCell> ColumnTotals { get; }

    public CountCell GrandTotal { get; }

    public SuppressionResult Result { get; }
}
