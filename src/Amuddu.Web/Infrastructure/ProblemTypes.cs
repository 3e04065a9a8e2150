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
}
