namespace Amuddu.Disclosure;

/// <summary>A small dense simplex for the one linear program the interval check needs.</summary>
internal static class Simplex
{
    private const double Epsilon = 1e-9;
    private const int MaximumPivots = 20_000;

    /// <summary>
    /// For constraints w_k . z &gt;= 0 (z free, length r), which ones some z satisfies strictly. Solves
    /// max sum t_k subject to w_k . z &gt;= t_k, 0 &lt;= t_k &lt;= 1: at an optimum t_k &gt; 0 exactly for the
    /// constraints that can be left (the cone is closed under addition). When the pivot budget runs out, the
    /// current feasible point answers: it may call a leavable constraint an equality, never the reverse, so the
    /// engine then hides more, never less.
    /// </summary>
    public static bool[] LeavableConstraints(IReadOnlyList<double[]> w, int r)
    {
        var k = w.Count;
        // Variables: z+ (r), z- (r), t (k), then one slack per row. Rows: k cone rows, k bounds t <= 1.
        var variables = 2 * r + k;
        var rowsCount = 2 * k;
        var width = variables + rowsCount + 1;
        var tableau = new double[rowsCount + 1][];
        for (var i = 0; i <= rowsCount; i++)
        {
            tableau[i] = new double[width];
        }
        var basic = new int[rowsCount];
        for (var i = 0; i < k; i++)
        {
            // -w.z+ + w.z- + t_i <= 0
            var row = tableau[i];
            for (var j = 0; j < r; j++)
            {
                row[j] = -w[i][j];
                row[r + j] = w[i][j];
            }
            row[2 * r + i] = 1;
            row[variables + i] = 1;
            basic[i] = variables + i;
            // t_i <= 1
            var bound = tableau[k + i];
            bound[2 * r + i] = 1;
            bound[variables + k + i] = 1;
            bound[width - 1] = 1;
            basic[k + i] = variables + k + i;
        }
        var objective = tableau[rowsCount];
        for (var i = 0; i < k; i++)
        {
            objective[2 * r + i] = -1;
        }

        var degenerate = 0;
        for (var pivots = 0; pivots < MaximumPivots; pivots++)
        {
            // Dantzig's rule (the most negative reduced cost) is fast; after a run of degenerate pivots,
            // Bland's rule (the first negative one) guarantees that the method does not cycle.
            var bland = degenerate > 50;
            var entering = -1;
            for (var j = 0; j < width - 1; j++)
            {
                if (objective[j] < -Epsilon && (entering < 0 || (!bland && objective[j] < objective[entering])))
                {
                    entering = j;
                    if (bland)
                    {
                        break;
                    }
                }
            }
            if (entering < 0)
            {
                break;
            }
            var leaving = -1;
            var bestRatio = double.PositiveInfinity;
            for (var i = 0; i < rowsCount; i++)
            {
                var a = tableau[i][entering];
                if (a <= Epsilon)
                {
                    continue;
                }
                var ratio = tableau[i][width - 1] / a;
                if (ratio < bestRatio - Epsilon || (Math.Abs(ratio - bestRatio) <= Epsilon && basic[i] < basic[leaving]))
                {
                    bestRatio = ratio;
                    leaving = i;
                }
            }
            if (leaving < 0)
            {
                break; // Unbounded cannot happen (the objective is at most k); stop on the current point.
            }
            degenerate = bestRatio <= Epsilon ? degenerate + 1 : 0;
            Pivot(tableau, leaving, entering);
            basic[leaving] = entering;
        }

        var result = new bool[k];
        for (var i = 0; i < rowsCount; i++)
        {
            var variable = basic[i];
            if (variable >= 2 * r && variable < 2 * r + k && tableau[i][width - 1] > 1e-7)
            {
                result[variable - 2 * r] = true;
            }
        }
        return result;
    }

    private static void Pivot(double[][] tableau, int pivotRow, int pivotColumn)
    {
        var row = tableau[pivotRow];
        var scale = row[pivotColumn];
        for (var j = 0; j < row.Length; j++)
        {
            row[j] /= scale;
        }
        row[pivotColumn] = 1;
        for (var i = 0; i < tableau.Length; i++)
        {
            if (i == pivotRow)
            {
                continue;
            }
            var target = tableau[i];
            var factor = target[pivotColumn];
            if (factor == 0)
            {
                continue;
            }
            for (var j = 0; j < row.Length; j++)
            {
                if (row[j] != 0)
                {
                    target[j] -= factor * row[j];
                    if (Math.Abs(target[j]) < Epsilon)
                    {
                        target[j] = 0;
                    }
                }
            }
            target[pivotColumn] = 0;
        }
    }
}
