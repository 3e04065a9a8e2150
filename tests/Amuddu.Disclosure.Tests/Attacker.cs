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
        /// <summary>Recovered when a single whole number lies between the minimum and the maximum (counts are whole).</summary>
        public bool Recovered => Math.Floor(Max + 1e-6) <= Math.Ceiling(Min - 1e-6);
    }

    public static Dictionary<int, Interval> Attack(TableModel model, IReadOnlyList<CellState> states, int threshold)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        var x = new Variable[model.InnerCellCount];
        for (var i = 0; i < x.Length; i++)
        {
            var (low, high) = Bounds(states[i], model.Count(i), threshold);
            x[i] = solver.MakeNumVar(low, high, $"x{i}");
        }
        for (var cell = model.InnerCellCount; cell < model.CellCount; cell++)
        {
            var (low, high) = Bounds(states[cell], model.Count(cell), threshold);
            var constraint = solver.MakeConstraint(low, high, $"c{cell}");
            foreach (var inner in model.InnerCellsOf(cell))
            {
                constraint.SetCoefficient(x[inner], 1);
            }
        }

        // One program per table; only the objective changes between the solves.
        var result = new Dictionary<int, Interval>();
        var objective = solver.Objective();
        for (var cell = 0; cell < model.CellCount; cell++)
        {
            if (states[cell] == CellState.Published)
            {
                continue;
            }
            objective.Clear();
            foreach (var inner in model.InnerCellsOf(cell))
            {
                objective.SetCoefficient(x[inner], 1);
            }
            objective.SetMinimization();
            var min = Solve(solver, objective);
            objective.SetMaximization();
            var max = Solve(solver, objective);
            result[cell] = new Interval(min, max);
        }
        return result;
    }

    private static (double Low, double High) Bounds(CellState state, long count, int threshold) => state switch
    {
        CellState.Published => (count, count),
        CellState.Primary => (1, threshold - 1),
        // GLOP may call an unbounded program infeasible: a cap far above any count keeps it bounded
        // (a maximum at the cap is as good as no maximum for the test).
        CellState.Secondary => (threshold, Cap),
    };

    private static double Solve(Solver solver, Objective objective)
    {
        var status = solver.Solve();
        return status switch
        {
            Solver.ResultStatus.OPTIMAL => objective.Value(),
            _ => throw new InvalidOperationException($"The attacker's program is {status}: the published table is inconsistent with its bounds.\n{solver.ExportModelAsLpFormat(false)}"),
        };
    }
}
