namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// What an indicator counts: the catalogue of facts Amuddu can read from its own data. An administrator builds the
/// results framework from these (an indicator names its measure, and for a percentage a denominator measure); adding a
/// measure is code, adding an indicator is not. Each measure counts people once per quarter (<see cref="IndicatorFact"/>).
/// </summary>
public enum IndicatorMeasure
{
    /// <summary>People reached at the outreach activities done (the agents' counts by sex and age band, not files).</summary>
    OutreachReached,

    /// <summary>People pre-registered (by an agent or on the public form).</summary>
    PreRegistered,

    /// <summary>People who attended an information session.</summary>
    InformedAtSession,

    /// <summary>People whose file was opened (registered with the service).</summary>
    Registered,

    /// <summary>People positioned (an assessment recorded).</summary>
    Positioned,

    /// <summary>People with an individual action plan agreed.</summary>
    ActionPlanAgreed,

    /// <summary>People met at a follow-up appointment that took place; events: the appointments.</summary>
    FollowedUp,

    /// <summary>People who entered a training (an outcome "in training").</summary>
    Trained,

    /// <summary>People placed in work (an outcome "employed").</summary>
    Employed,

    /// <summary>People found in work at the 3-month check after their placement.</summary>
    InWorkAt3Months,

    /// <summary>People found in work at the 6-month check.</summary>
    InWorkAt6Months,

    /// <summary>People found in work at the 12-month check.</summary>
    InWorkAt12Months,

    /// <summary>People who started an activity of their own (an outcome "self-employed").</summary>
    SelfEmployed,

    /// <summary>People referred to a partner (a referral sent).</summary>
    Referred,

    /// <summary>People referred whose referral the partner completed (served).</summary>
    ReferredAndServed,

    /// <summary>People who received a grant or whose employer received an incentive (a payment made); amount: MAD paid.</summary>
    GrantsPaid,

    /// <summary>Staff members who completed a training cycle (capacity building).</summary>
    StaffTrained,
}

/// <summary>How an indicator's value is read from its measure(s).</summary>
public enum IndicatorUnit
{
    /// <summary>People counted once each.</summary>
    People,

    /// <summary>Events (e.g. appointments held, payments made).</summary>
    Events,

    /// <summary>People of the measure over people of the denominator measure, in per cent.</summary>
    Percentage,

    /// <summary>An amount in MAD (dirhams).</summary>
    Amount,

    /// <summary>The amount per person counted, in MAD.</summary>
    Average,
}

/// <summary>Which quarters a value covers.</summary>
public enum PeriodRule
{
    /// <summary>People with a fact in the quarter.</summary>
    InQuarter,

    /// <summary>
    /// People counted since the framework started, up to the end of the quarter: each person once, in the quarter
    /// they were first counted for the measure (<see cref="IndicatorFact.First"/>).
    /// </summary>
    Cumulative,
}

/// <summary>The ways an indicator is broken down; any two can be crossed.</summary>
public enum Dimension
{
    Sex,
    AgeBand,
    Nationality,
    LegalStatus,
    Region,

    /// <summary>The agency (site) where the person was served, or the partner organisation a referral went to.</summary>
    Agency,
}

/// <summary>Sex as the indicators read it: unknown when not recorded or withheld.</summary>
public enum IndicatorSex
{
    Unknown,
    Female,
    Male,
}

/// <summary>Age at the start of the quarter; a person known by a birth year only is aged as if born on 1 January.</summary>
public enum IndicatorAgeBand
{
    Unknown,
    Under15,
    From15To17,
    From18To24,
    From25To34,
    From35To44,
    From45To54,
    From55,
}

/// <summary>Legal status groups of the indicators (from the documents valid on the day counted).</summary>
public enum LegalGroup
{
    Other,
    Refugee,
    AsylumSeeker,
    RegularResident,
    InRegularisation,
}
