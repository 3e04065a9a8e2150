using Amuddu.Disclosure;
using Google.OrTools.LinearSolver;

namespace Amuddu.Disclosure.Tests;

/// <summary>
/// The attacker of the issue: from what a table publishes, he tries to recover every hidden cell with an exact
/// linear program (Google OR-Tools' GLOP). He knows every published cell, that every cell is zero or more, that
/// a primary cell ("&lt;5") lies in [1, Threshold - 1] and a secondary cell is at least Threshold. For each hidden
/// cell he takes its minimum and its maximum subject to all that; the cell is recovered when they are equal.
/// </summary>
internal static class Attacker
{
    private const double Cap = 1e7;

    public readonly record struct Interval(double Min, double Max)
    {
        public bool Recovered => Max - Min < 0.5;
    }

    public static Dictionary<int, Interval> Attack(TableModel model, IReadOnlyList<CellState> states, int threshold)
    {
        var result = new Dictionary<int, Interval>();
        for (var cell = 0; cell < model.CellCount; cell++)
        {
            if (states[cell] != CellState.Published)
            {
                var min = Bound(model, states, threshold, cell, maximise: false);
                var max = Bound(model, states, threshold, cell, maximise: true);
                result[cell] = new Interval(min, max);
            }
        }
        return result;
    }

    /// <summary>The smallest or largest value of one cell, from a program of its own.</summary>
    private static double Bound(TableModel model, IReadOnlyList<CellState> states, int threshold, int target, bool maximise)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        var x = new Variable[model.InnerCellCount];
        for (var i = 0; i < x.Length; i++)
        {
            var count = model.Count(i);
            var (low, high) = Bounds(states[i], count, threshold);
            x[i] = solver.MakeNumVar(low, high, $"x{i}");
        }
        for (var cell = model.InnerCellCount; cell < model.CellCount; cell++)
        {
            var count = model.Count(cell);
            var (low, high) = Bounds(states[cell], count, threshold);
            var constraint = solver.MakeConstraint(low, high, $"c{cell}");
            foreach (var inner in model.InnerCellsOf(cell))
            {
                constraint.SetCoefficient(x[inner], 1);
            }
        }

        var objective = solver.Objective();
        foreach (var inner in model.InnerCellsOf(target))
        {
            objective.SetCoefficient(x[inner], 1);
        }
        if (maximise)
        {
            objective.SetMaximization();
        }
        else
        {
            objective.SetMinimization();
        }
        return Solve(solver, objective, unboundedValue: maximise ? double.PositiveInfinity : double.NegativeInfinity);
    }

    private static (double Low, double High) Bounds(CellState state, long count, int threshold) => state switch
    {
        CellState.Published => (count, count),
        CellState.Primary => (1, threshold - 1),
        // GLOP may call an unbounded program infeasible: a cap far above any count keeps it bounded
        // (a maximum at the cap is as good as no maximum for the test).
        CellState.Secondary => (threshold, Cap),
    };

    private static double Solve(Solver solver, Objective objective, double unboundedValue)
    {
        var status = solver.Solve();
        return status switch
        {
            Solver.ResultStatus.OPTIMAL => objective.Value(),
            Solver.ResultStatus.UNBOUNDED => unboundedValue,
            _ => throw new InvalidOperationException($"The attacker's program is {status}: the published table is inconsistent with its bounds.\n{solver.ExportModelAsLpFormat(false)}"),
        };
    }
}
