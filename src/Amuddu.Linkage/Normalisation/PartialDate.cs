namespace Amuddu.Linkage.Normalisation;

/// <summary>A date of birth that may be known only to the year (Month and Day are 0 then).</summary>
public readonly record struct PartialDate(int Year, int Month, int Day)
{
    public bool IsMissing => Year == 0;
    public bool YearOnly => Year != 0 && Month == 0;
    public bool IsComplete => Month != 0;

    /// <summary>Invariant under a day/month swap, so a swapped date still lands in the same block.</summary>
    public int SwapInvariantKey => IsComplete ? (Year * 10000) + (Math.Min(Month, Day) * 100) + Math.Max(Month, Day) : Year * 10000;

    public override string ToString() => IsMissing ? string.Empty : YearOnly ? $"{Year:D4}" : $"{Year:D4}-{Month:D2}-{Day:D2}";
}
