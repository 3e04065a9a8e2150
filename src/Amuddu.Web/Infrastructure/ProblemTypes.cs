namespace Amuddu.Web.Infrastructure;

/// <summary>Problem "type" URIs, documented in docs/api.md, so clients can tell errors apart without parsing titles.</summary>
public static class ProblemTypes
{
    private const string Base = "https://amuddu.org/problems/";
    public const string SignInFailed = Base + "sign-in-failed";
    public const string LockedOut = Base + "locked-out";
    public const string TwoFactorEnrolmentRequired = Base + "two-factor-enrolment-required";
    public const string Conflict = Base + "conflict";
    public const string TooManyRequests = Base + "too-many-requests";
    public const string PossibleDuplicates = Base + "possible-duplicates";
    public const string ConsentRequired = Base + "consent-required";
    public const string PersonErased = Base + "person-erased";
    public const string PersonMerged = Base + "person-merged";
    public const string ApplicationTransitionRefused = Base + "application-transition-refused";

    /// <summary>The approval would take the programme (or its region's line) over budget.</summary>
    public const string BudgetExceeded = Base + "budget-exceeded";

    /// <summary>Four eyes: this approver may not approve (already did, is the person's counsellor or made the application).</summary>
    public const string FourEyes = Base + "four-eyes";

    /// <summary>An <c>Idempotency-Key</c> already used for a different request.</summary>
    public const string IdempotencyKeyReused = Base + "idempotency-key-reused";

    /// <summary>The tranche cannot be paid now (condition not met, already paid, grant suspended).</summary>
    public const string TrancheNotPayable = Base + "tranche-not-payable";

    /// <summary>The service is marked full (no seat left): sending to it needs the sender's confirmation (<c>confirmFull: true</c>).</summary>
    public const string ServiceFull = Base + "service-full";

    /// <summary>An administrator tried to change their own roles: another administrator must.</summary>
    public const string OwnRolesUnchangeable = Base + "own-roles-unchangeable";
}
