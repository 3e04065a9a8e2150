namespace Amuddu.Web.Features.Training;

/// <summary>The five service indicators of the before/after view; their exact definitions are in docs/exchanges.md.</summary>
public enum ServiceIndicator
{
    /// <summary>Share of the people received who were positioned within 30 days of their reception.</summary>
    PositionedWithin30Days,

    /// <summary>Share of the people received who agreed an action plan within 60 days of their reception.</summary>
    ActionPlanWithin60Days,

    /// <summary>Share of the appointments held or missed that were missed (no-show).</summary>
    MissedAppointments,

    /// <summary>Share of the referrals sent that were completed by the partner.</summary>
    ReferralsCompleted,

    /// <summary>Share of the people received (at least 6 months ago) in work within 6 months of their reception.</summary>
    EmployedAt6Months,
}

/// <summary>One number of the view: its numerator and denominator, or nothing when it would describe fewer than 5 people.</summary>
public sealed record EffectCell(int? Numerator, int? Denominator, int? People, double? Rate, bool Suppressed)
{
    public static EffectCell Of(int numerator, int denominator, int people) =>
        people < ServiceEffect.SmallestCell
            ? new EffectCell(null, null, null, null, true)
            : new EffectCell(numerator, denominator, people, denominator == 0 ? null : Math.Round((double)numerator / denominator, 4), false);
}

/// <summary>An indicator for the counsellors who completed module 3 and for those not yet trained, before and after.</summary>
public sealed record IndicatorComparison(
    ServiceIndicator Indicator, EffectCell TrainedBefore, EffectCell TrainedAfter, EffectCell UntrainedBefore, EffectCell UntrainedAfter);

/// <summary>An adopted practice's indicator in the adopting agency, in the 6 months before and after its adoption.</summary>
public sealed record AdoptionEffect(
    Guid CommitmentId, Guid PracticeId, string Practice, Guid SiteId, string Site, DateOnly AdoptedOn, ServiceIndicator Indicator,
    EffectCell Before, EffectCell After);

public sealed record ServiceEffectResponse(
    DateOnly Today, int WindowMonths, int SmallestCell, int TrainedCounsellors, int UntrainedCounsellors, List<DateOnly> CompletionDates,
    List<IndicatorComparison> Indicators, List<AdoptionEffect> Adoptions, bool Observational = true, DateTimeOffset? CountedAt = null);
