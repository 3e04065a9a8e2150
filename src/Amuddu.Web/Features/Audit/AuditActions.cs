namespace Amuddu.Web.Features.Audit;

public static class AuditActions
{
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string SignInLockedOut = "sign-in.locked-out";
    public const string SignInNotAllowed = "sign-in.not-allowed";
    public const string SecondFactorRequested = "two-factor.requested";
    public const string SecondFactorFailed = "two-factor.failed";
    public const string SecondFactorEnrolmentRequired = "two-factor.enrolment-required";
    public const string AuthenticatorEnrolled = "two-factor.enrolled";
    public const string SignedOut = "sign-out";
    public const string SessionExpired = "session.expired";
    public const string AccessDenied = "access.denied";
    public const string NotFoundAnswered = "access.not-found";
    public const string ProbingSuspected = "access.probing-suspected";
    public const string OrganisationCreated = "organisation.created";
    public const string SiteCreated = "site.created";
    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string SensitiveRoleGranted = "user.sensitive-role-granted";
    public const string PersonRegistered = "person.registered";
    public const string PersonViewed = "person.viewed";
    public const string PersonUpdated = "person.updated";
    public const string ConsentRecorded = "consent.recorded";
    public const string ConsentWithdrawn = "consent.withdrawn";
    public const string DocumentAdded = "document.added";
    public const string DocumentScanUploaded = "document.scan-uploaded";
    public const string DocumentScanViewed = "document.scan-viewed";
}
