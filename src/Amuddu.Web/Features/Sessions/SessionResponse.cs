using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.Sessions;

/// <summary>A session as staff see it. <see cref="LocalStart"/> is the start on the Casablanca clock.</summary>
public sealed record SessionResponse(
    Guid Id, Guid SiteId, SessionTopic Topic, string Title, DateTimeOffset StartsAt, DateTime LocalStart, int DurationMinutes, string? Place,
    string Language, int Capacity, int SeatsTaken, int SeatsLeft, Guid? AgentId, Guid? CounsellorId, SessionStatus Status, long Version)
{
    public static SessionResponse From(InfoSession s, int taken) => new(
        s.Id, s.SiteId, s.Topic, s.Title, s.StartsAt, SiteTime.ToLocal(s.StartsAt), s.DurationMinutes, s.Place, s.Language, s.Capacity,
        taken, Math.Max(0, s.Capacity - taken), s.AgentId, s.CounsellorId, s.Status, s.Version);
}

public enum RegistrantKind
{
    PreRegistration,
    Person,
}

/// <summary>One participant: a pre-registration or a full file, with the name staff call them by.</summary>
public sealed record RegistrationResponse(
    Guid Id, RegistrantKind Kind, Guid? PreRegistrationId, Guid? PersonId, string Name, bool ContactConsent, RegistrationStatus Status,
    DateTimeOffset? AttendanceTakenAt, SessionFollowUp FollowUp, Guid? ConvertedPersonId, long Version);

public sealed record SessionDetails(SessionResponse Session, IReadOnlyList<RegistrationResponse> Registrations);

/// <summary>A session on the public calendar: where and when, never who runs it or who comes.</summary>
public sealed record PublicSessionResponse(
    Guid Id, SessionTopic Topic, string Title, DateTimeOffset StartsAt, DateTime LocalStart, int DurationMinutes, string Language,
    string SiteName, string City, string? Address, string? Place, int SeatsLeft);

/// <summary>What the public registration answers: the session, and whether a message was queued.</summary>
public sealed record PublicRegistrationResponse(PublicSessionResponse Session, bool ConfirmationQueued);
