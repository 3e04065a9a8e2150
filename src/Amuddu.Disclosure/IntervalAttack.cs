namespace Amuddu.Disclosure;

/// <summary>
/// Finds the hidden cells an attacker pins with bounds. The attacker knows the published cells, that every
/// cell is zero or more, that a primary cell lies in [1, Threshold - 1] and a secondary cell is at least
/// Threshold; with a linear program he takes the smallest and largest value each hidden cell can have. A cell is
/// pinned when the two are equal.
/// <para>
/// The true table is one of the attacker's solutions, so a hidden cell is pinned exactly when no direction
/// that keeps every published cell and the bounds active at the true values (a primary cell at 1 can only
/// grow, at Threshold - 1 only shrink; a secondary cell at Threshold only grow) moves it. The directions are
/// the null space of the published equations restricted to the hidden inner cells; one small linear program
/// finds which active bounds can be left (the others are implicit equalities), and a cell is pinned when it is a
/// combination of the implicit equalities.
/// </para>
/// </summary>
internal static class IntervalAttack
{
    private const double Epsilon = 1e-9;

    /// <summary>
    /// The hidden cells whose minimum equals their maximum, in cell order; <paramref name="anyInSpan"/> tells
    /// whether one of them is even a linear combination of published cells (pinned without any bound).
    /// </summary>
    public static List<int> PinnedCells(TableModel model, IReadOnlyList<CellState> states, SuppressionRules rules, out bool anyInSpan)
    {
        anyInSpan = false;
        var hiddenInner = new List<int>();
        var column = new int[model.InnerCellCount];
        Array.Fill(column, -1);
        for (var cell = 0; cell < model.InnerCellCount; cell++)
        {
            if (states[cell] != CellState.Published)
            {
                column[cell] = hiddenInner.Count;
                hiddenInner.Add(cell);
            }
        }
        var hiddenCells = Enumerable.Range(0, model.CellCount).Where(c => states[c] != CellState.Published).ToList();
        if (hiddenCells.Count == 0)
        {
            return [];
        }
        var m = hiddenInner.Count;

        // The published aggregates that involve hidden inner cells: equations over the hidden inner cells.
        var equations = new List<double[]>();
        for (var cell = model.InnerCellCount; cell < model.CellCount; cell++)
        {
            if (states[cell] != CellState.Published)
            {
                continue;
            }
            double[]? row = null;
            foreach (var inner in model.InnerCellsOf(cell))
            {
                if (column[inner] >= 0)
                {
                    row ??= new double[m];
                    row[column[inner]] = 1;
                }
            }
            if (row is not null)
            {
                equations.Add(row);
            }
        }
        var nullSpace = NullSpace(equations, m, out var r);

        // Each hidden cell as a linear form on the null space (length r).
        var forms = new Dictionary<int, double[]>();
        foreach (var cell in hiddenCells)
        {
            var form = new double[r];
            foreach (var inner in model.InnerCellsOf(cell))
            {
                if (column[inner] >= 0)
                {
                    var basisRow = nullSpace[column[inner]];
                    for (var k = 0; k < r; k++)
                    {
                        form[k] += basisRow[k];
                    }
                }
            }
            forms[cell] = form;
        }

        // The bounds active at the true values, as "sign * form . z >= 0".
        var active = new List<double[]>();
        foreach (var cell in hiddenCells)
        {
            var count = model.Count(cell);
            var sign = states[cell] switch
            {
                CellState.Primary when count <= 1 => 1,
                CellState.Primary when count >= rules.Threshold - 1 => -1,
                CellState.Secondary when count <= rules.Threshold => 1,
                CellState.Primary or CellState.Secondary or CellState.Published => 0,
            };
            if (sign != 0 && !IsZero(forms[cell]))
            {
                active.Add(forms[cell].Select(x => sign * x).ToArray());
            }
        }

        var implicitEqualities = new List<double[]>();
        if (active.Count > 0 && r > 0)
        {
            var leavable = Simplex.LeavableConstraints(active, r);
            for (var k = 0; k < active.Count; k++)
            {
                if (!leavable[k])
                {
                    implicitEqualities.Add(active[k]);
                }
            }
        }
        anyInSpan = hiddenCells.Any(c => IsZero(forms[c]));
        var span = new RowSpace(r);
        foreach (var equality in implicitEqualities)
        {
            span.Add(equality);
        }
        return hiddenCells.Where(c => span.Contains(forms[c])).ToList();
    }

    /// <summary>A basis of the null space of the equations, one row per variable (m x r).</summary>
    private static double[][] NullSpace(List<double[]> equations, int m, out int r)
    {
        var rows = equations.Select(e => (double[])e.Clone()).ToList();
        var pivotOfRow = new List<int>();
        var isPivot = new bool[m];
        var rank = 0;
        for (var col = 0; col < m && rank < rows.Count; col++)
        {
            var best = -1;
            for (var i = rank; i < rows.Count; i++)
            {
                if (Math.Abs(rows[i][col]) > Epsilon && (best < 0 || Math.Abs(rows[i][col]) > Math.Abs(rows[best][col])))
                {
                    best = i;
                }
            }
            if (best < 0)
            {
                continue;
            }
            (rows[rank], rows[best]) = (rows[best], rows[rank]);
            var pivotRow = rows[rank];
            var scale = pivotRow[col];
            for (var j = 0; j < m; j++)
            {
                pivotRow[j] /= scale;
            }
            for (var i = 0; i < rows.Count; i++)
            {
                if (i == rank || Math.Abs(rows[i][col]) < Epsilon)
                {
                    continue;
                }
                var factor = rows[i][col];
                var target = rows[i];
                for (var j = 0; j < m; j++)
                {
                    target[j] -= factor * pivotRow[j];
                    if (Math.Abs(target[j]) < Epsilon)
                    {
                        target[j] = 0;
                    }
                }
            }
            pivotOfRow.Add(col);
            isPivot[col] = true;
            rank++;
        }
        var free = Enumerable.Range(0, m).Where(c => !isPivot[c]).ToArray();
        r = free.Length;
        var basis = new double[m][];
        for (var v = 0; v < m; v++)
        {
            basis[v] = new double[r];
        }
        for (var k = 0; k < r; k++)
        {
            basis[free[k]][k] = 1;
            for (var i = 0; i < rank; i++)
            {
                basis[pivotOfRow[i]][k] = -rows[i][free[k]];
            }
        }
        return basis;
    }

    private static bool IsZero(double[] v) => v.All(x => Math.Abs(x) < Epsilon);

    /// <summary>An incrementally built row space (reduced echelon form) with a membership test.</summary>
    private sealed class RowSpace(int dimension)
    {
        private readonly List<(int Pivot, double[] Row)> rows = [];

        public void Add(double[] vector)
        {
            var v = Reduce(vector);
            var pivot = -1;
            for (var i = 0; i < dimension; i++)
            {
                if (Math.Abs(v[i]) > Epsilon && (pivot < 0 || Math.Abs(v[i]) > Math.Abs(v[pivot])))
                {
                    pivot = i;
                }
            }
            if (pivot < 0)
            {
                return;
            }
            var scale = v[pivot];
            for (var i = 0; i < dimension; i++)
            {
                v[i] /= scale;
            }
            for (var k = 0; k < rows.Count; k++)
            {
                var row = rows[k].Row;
                var factor = row[pivot];
                if (factor != 0)
                {
                    for (var i = 0; i < dimension; i++)
                    {
                        row[i] -= factor * v[i];
                    }
                    row[pivot] = 0;
                }
            }
            rows.Add((pivot, v));
        }

        public bool Contains(double[] vector) => IsZero(Reduce(vector));

        private double[] Reduce(double[] vector)
        {
            var v = (double[])vector.Clone();
            foreach (var (pivot, row) in rows)
            {
                var factor = v[pivot];
                if (factor != 0)
                {
                    for (var i = 0; i < dimension; i++)
                    {
                        v[i] -= factor * row[i];
                    }
                }
            }
            return v;
        }
    }
}
