namespace Amuddu.Web.Features.Indicators;

/// <summary>Settings under <c>Amuddu:Indicators</c> (environment: <c>Amuddu__Indicators__RefreshMinutes</c>...); see docs/indicators.md.</summary>
public sealed class IndicatorOptions
{
    public const string Section = "Amuddu:Indicators";

    /// <summary>
    /// A person who withdrew their consent to statistics is still counted in the totals, with every personal dimension
    /// (sex, age band, nationality, legal status) unknown; false leaves them out of the indicators entirely.
    /// </summary>
    public bool CountWithdrawnInTotals { get; set; } = true;

    /// <summary>How often the background pass refreshes every organisation's facts.</summary>
    public double RefreshMinutes { get; set; } = 5;

    /// <summary>Whether this instance runs the background pass (the tests refresh themselves).</summary>
    public bool RefreshWorker { get; set; } = true;

    /// <summary>
    /// An incremental refresh reads the changes stamped since the last one's start minus this margin, so that a
    /// transaction that committed late with an earlier stamp is not missed.
    /// </summary>
    public double SafetyMarginMinutes { get; set; } = 10;

    /// <summary>How long a refresh holds the organisation's lease before another instance may take it over (renewed at every slice).</summary>
    public double LeaseMinutes { get; set; } = 15;

    /// <summary>Counts from 1 to <c>Threshold − 1</c> are published as "&lt;Threshold" (at least 3).</summary>
    public int Threshold { get; set; } = 5;

    /// <summary>A percentage is published only when its denominator reaches this.</summary>
    public int MinimumDenominator { get; set; } = 20;

    /// <summary>The organisation's IATI identifier (e.g. "XM-DAC-41114" or a registered "MA-..." one), prefix of the activity's identifier in the IATI export.</summary>
    public string? IatiOrganisationRef { get; set; }
}
