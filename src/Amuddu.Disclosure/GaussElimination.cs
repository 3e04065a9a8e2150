namespace Amuddu.Disclosure;

/// <summary>
/// The secondary suppression pass of Statistics Norway's GaussSuppression: every cell is a 0/1 vector over
/// the inner cells; the candidates are taken in the order they are preferred to be published, each is reduced
/// against the span of what is already published (Gaussian elimination, the basis kept in reduced row echelon
/// form), and a candidate that would complete the span of a hidden cell is hidden instead (and from then on
/// protected too). At the end no hidden cell is a linear combination of published cells.
/// </summary>
internal sealed class GaussElimination
{
    private const double Epsilon = 1e-9;

    private readonly int dimension;
    private readonly List<double[]> basis = [];
    private readonly int[] pivotOwner;
    private readonly List<double[]> hidden = [];

    public GaussElimination(int dimension)
    {
        this.dimension = dimension;
        pivotOwner = new int[dimension];
        Array.Fill(pivotOwner, -1);
    }

    public static double[] Vector(TableModel model, int cell)
    {
        var vector = new double[model.InnerCellCount];
        foreach (var inner in model.InnerCellsOf(cell))
        {
            vector[inner] = 1;
        }
        return vector;
    }

    /// <summary>A cell that must stay hidden; call before any <see cref="Publish"/>.</summary>
    public void Hide(double[] vector)
    {
        var reduced = Reduce(vector);
        if (IsZero(reduced))
        {
            throw new InvalidOperationException("A hidden cell is already a combination of published cells.");
        }
        hidden.Add(reduced);
    }

    /// <summary>A cell published whatever happens (a zero): added to the span without a check.</summary>
    public void Force(double[] vector)
    {
        var reduced = Reduce(vector);
        if (!IsZero(reduced))
        {
            AddToBasis(reduced);
        }
    }

    /// <summary>
    /// Publishes the candidate when no hidden cell would then be a combination of published cells, and returns
    /// true; otherwise keeps it hidden (it is then protected like the others) and returns false.
    /// </summary>
    public bool TryPublish(double[] vector)
    {
        var unit = UnitColumn(vector);
        if (unit >= 0 && pivotOwner[unit] < 0)
        {
            return TryPublishUnit(vector, unit);
        }
        var reduced = Reduce(vector);
        if (IsZero(reduced))
        {
            return true;
        }
        foreach (var residual in hidden)
        {
            if (Parallel(residual, reduced))
            {
                hidden.Add(reduced);
                return false;
            }
        }
        AddToBasis(reduced);
        return true;
    }

    /// <summary>
    /// An inner cell whose column is not yet a pivot: already reduced, and publishing it only clears that column
    /// in the basis and the residuals (no row operation), which keeps the pass fast on large tables.
    /// </summary>
    private bool TryPublishUnit(double[] vector, int column)
    {
        foreach (var residual in hidden)
        {
            if (residual[column] != 0 && CountNonZero(residual) == 1)
            {
                hidden.Add((double[])vector.Clone());
                return false;
            }
        }
        foreach (var other in basis)
        {
            other[column] = 0;
        }
        foreach (var residual in hidden)
        {
            residual[column] = 0;
        }
        pivotOwner[column] = basis.Count;
        basis.Add((double[])vector.Clone());
        return true;
    }

    private static int UnitColumn(double[] vector)
    {
        var column = -1;
        for (var i = 0; i < vector.Length; i++)
        {
            if (vector[i] != 0)
            {
                if (column >= 0 || vector[i] != 1)
                {
                    return -1;
                }
                column = i;
            }
        }
        return column;
    }

    private static int CountNonZero(double[] v)
    {
        var count = 0;
        foreach (var x in v)
        {
            if (x != 0)
            {
                count++;
            }
        }
        return count;
    }

    private double[] Reduce(double[] vector)
    {
        var v = (double[])vector.Clone();
        // The basis is in reduced echelon form: subtracting a basis vector changes no other pivot column,
        // so one pass over the columns reduces the vector completely.
        for (var column = 0; column < dimension; column++)
        {
            var owner = pivotOwner[column];
            if (owner < 0 || Math.Abs(v[column]) < Epsilon)
            {
                continue;
            }
            Subtract(v, basis[owner], v[column]);
        }
        Clean(v);
        return v;
    }

    private void AddToBasis(double[] reduced)
    {
        var pivot = 0;
        for (var i = 1; i < dimension; i++)
        {
            if (Math.Abs(reduced[i]) > Math.Abs(reduced[pivot]) + Epsilon)
            {
                pivot = i;
            }
        }
        var scale = reduced[pivot];
        for (var i = 0; i < dimension; i++)
        {
            reduced[i] /= scale;
        }
        reduced[pivot] = 1;
        foreach (var other in basis)
        {
            EliminateColumn(other, reduced, pivot);
        }
        foreach (var residual in hidden)
        {
            EliminateColumn(residual, reduced, pivot);
        }
        pivotOwner[pivot] = basis.Count;
        basis.Add(reduced);
    }

    private static void EliminateColumn(double[] target, double[] pivotRow, int pivot)
    {
        var factor = target[pivot];
        if (factor == 0)
        {
            return;
        }
        Subtract(target, pivotRow, factor);
        target[pivot] = 0;
        Clean(target);
    }

    private static void Subtract(double[] target, double[] row, double factor)
    {
        for (var i = 0; i < target.Length; i++)
        {
            if (row[i] != 0)
            {
                target[i] -= factor * row[i];
            }
        }
    }

    private static void Clean(double[] v)
    {
        for (var i = 0; i < v.Length; i++)
        {
            if (Math.Abs(v[i]) < Epsilon)
            {
                v[i] = 0;
            }
        }
    }

    private static bool IsZero(double[] v)
    {
        foreach (var x in v)
        {
            if (x != 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when <paramref name="residual"/> is a multiple of <paramref name="candidate"/>: publishing the candidate would reveal it.</summary>
    private static bool Parallel(double[] residual, double[] candidate)
    {
        var ratio = double.NaN;
        for (var i = 0; i < residual.Length; i++)
        {
            var r = residual[i];
            var c = candidate[i];
            if (c == 0)
            {
                if (r != 0)
                {
                    return false;
                }
                continue;
            }
            if (r == 0)
            {
                return false;
            }
            if (double.IsNaN(ratio))
            {
                ratio = r / c;
            }
            else if (Math.Abs(r - ratio * c) > 1e-7 * Math.Max(1, Math.Abs(r)))
            {
                return false;
            }
        }
        return !double.IsNaN(ratio);
    }
}
