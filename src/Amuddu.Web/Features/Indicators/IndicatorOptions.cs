namespace Amuddu.Web.Features.Indicators;

/// <summary>Settings of the indicators (section <c>Amuddu:Indicators</c>).</summary>
public sealed class IndicatorOptions
{
    /// <summary>Counts from 1 to <c>Threshold − 1</c> are published as "&lt;Threshold".</summary>
    public int Threshold { get; set; } = 5;

    /// <summary>A percentage is published only when its denominator reaches this.</summary>
    public int MinimumDenominator { get; set; } = 20;
}
