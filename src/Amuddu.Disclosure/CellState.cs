namespace Amuddu.Disclosure;

/// <summary>What may be shown of a count.</summary>
public enum CellState
{
    /// <summary>Shown as it is (zero included).</summary>
    Published,

    /// <summary>A small count (1 to Threshold - 1): hidden, shown as "&lt;5".</summary>
    Primary,

    /// <summary>
    /// A count of at least Threshold hidden so that a small count cannot be worked out from the totals.
    /// Shown with its own mark (not "&lt;5": it is not small).
    /// </summary>
    Secondary,
}

/// <summary>A count and what may be shown of it. Never print <see cref="Count"/> itself: print <see cref="Published"/>.</summary>
public readonly record struct CountCell(long Count, CellState State)
{
    public bool IsSuppressed => State != CellState.Published;

    /// <summary>The count when it may be shown, otherwise null.</summary>
    public long? Published => State == CellState.Published ? Count : null;
}
