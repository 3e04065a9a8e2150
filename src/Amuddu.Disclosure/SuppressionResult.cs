namespace Amuddu.Disclosure;

/// <summary>What may be shown of each cell of a <see cref="TableModel"/>.</summary>
public sealed class SuppressionResult
{
    private readonly CellState[] states;

    internal SuppressionResult(TableModel model, CellState[] states, bool isProtected)
    {
        Model = model;
        this.states = states;
        IsProtected = isProtected;
    }

    public TableModel Model { get; }

    /// <summary>The state of every cell, by cell number.</summary>
    public IReadOnlyList<CellState> States => states;

    /// <summary>
    /// True when the engine reached its guarantee: no hidden cell can be worked out from the shown ones,
    /// neither as a sum or difference of them nor by bounds. False only when no pattern could reach it.
    /// </summary>
    public bool IsProtected { get; }

    public CountCell this[int cell] => new(Model.Count(cell), states[cell]);

    public int PrimaryCount => states.Count(s => s == CellState.Primary);

    public int SecondaryCount => states.Count(s => s == CellState.Secondary);
}
