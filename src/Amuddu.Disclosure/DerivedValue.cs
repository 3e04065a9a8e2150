namespace Amuddu.Disclosure;

/// <summary>Why a percentage, an average or an amount is shown or not.</summary>
public enum DerivedState
{
    Shown,

    /// <summary>The numerator is a hidden count: the percentage and its denominator would give it back.</summary>
    NumeratorSuppressed,

    /// <summary>The denominator is a hidden count.</summary>
    DenominatorSuppressed,

    /// <summary>The denominator is under the minimum (20 by default).</summary>
    DenominatorTooSmall,

    /// <summary>Denominator - numerator is a small count (95% of 20 tells that one person is not counted).</summary>
    ComplementTooSmall,

    /// <summary>The count of people the average or amount is over is hidden.</summary>
    CountSuppressed,

    /// <summary>An average over nobody.</summary>
    NoPeople,
}

/// <summary>A percentage, an average or an amount, and whether it may be shown. <see cref="Value"/> is null when it may not.</summary>
public readonly record struct DerivedValue(decimal? Value, DerivedState State)
{
    public bool IsShown => State == DerivedState.Shown;
}
