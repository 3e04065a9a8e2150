namespace Amuddu.Web.Features.Sessions;

public static class SessionAudit
{
    public const string Created = "info-session.created";
    public const string Updated = "info-session.updated";
    public const string Published = "info-session.published";
    public const string Cancelled = "info-session.cancelled";
    public const string Held = "info-session.held";
    public const string Registered = "info-session.registered";
    public const string PublicRegistration = "info-session.public-registration";
    public const string Attendance = "info-session.attendance";
    public const string WalkIn = "info-session.walk-in";
    public const string FollowUp = "info-session.follow-up";

    public static string Subject(Guid sessionId) => $"info-session {sessionId}";
}
