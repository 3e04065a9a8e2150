namespace Amuddu.Disclosure;

/// <summary>
/// The rules that make a statistic safe to publish. Bound from settings by the web app
/// (section "Suppression"); the defaults are the issue's: counts 1 to 4 hidden, percentages over
/// fewer than 20 people hidden.
/// </summary>
public sealed record SuppressionRules
{
    /// <summary>The smallest count that may be shown: 1 to <c>Threshold - 1</c> is suppressed (shown "&lt;Threshold"). At least 3.</summary>
    public int Threshold { get; init; } = 5;

    /// <summary>The smallest denominator a percentage may have to be shown. At least 1.</summary>
    public int MinimumDenominator { get; init; } = 20;

    public static SuppressionRules Default { get; } = new();

    /// <summary>A count that primary suppression hides: between 1 and <see cref="Threshold"/> - 1 (zero is shown).</summary>
    public bool IsSmall(long count) => count >= 1 && count < Threshold;

    /// <summary>
    /// Throws when the rules cannot protect anything: with a threshold of 2 a hidden count can only be 1,
    /// so "&lt;2" would tell it.
    /// </summary>
    public void Validate()
    {
        if (Threshold < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "The suppression threshold must be at least 3.");
        }
        if (MinimumDenominator < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumDenominator), MinimumDenominator, "The minimum denominator must be at least 1.");
        }
    }
}
