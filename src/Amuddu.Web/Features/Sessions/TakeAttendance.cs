using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Sessions;

/// <summary>
/// Attendance, taken on a phone at the door from an hour before the start: each registrant came or
/// did not. Sent as one list, saved all or nothing; an unchanged line is left as it was.
/// </summary>
public static class TakeAttendance
{
    public sealed record Entry(Guid RegistrationId, bool Attended, long Version);

    public sealed record Request(IReadOnlyList<Entry>? Attendance);

    public static async Task<Results<Ok<SessionDetails>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var session = await SessionRules.FindAsync(db, staff, id, cancellationToken);
        if (session is null)
        {
            return TypedResults.NotFound();
        }

        var entries = request.Attendance ?? [];
        var ids = entries.Select(e => e.RegistrationId).ToList();
        var registrations = await db.SessionRegistrations.Where(r => r.SessionId == id && ids.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        if (entries.Count == 0 || ids.Distinct().Count() != ids.Count || registrations.Count != ids.Count)
        {
            return TypedResults.ValidationProblem(new ValidationErrors(text).Add("attendance", text["FieldInvalid", text["SessionAttendance"]]).ToDictionary(),
                title: text["ValidationTitle"]);
        }

        if (Closed(session, clock, text) is { } closed)
        {
            return closed;
        }

        var now = clock.GetUtcNow();
        var changed = new List<SessionRegistration>();
        foreach (var entry in entries)
        {
            var registration = registrations[entry.RegistrationId];
            if (registration.Version != entry.Version)
            {
                return Conflicts.Of(text["EditedByOther"]);
            }

            if (registration.Status == RegistrationStatus.Cancelled)
            {
                return Conflicts.Of(text["SessionRegistrationCancelled"]);
            }

            var status = entry.Attended ? RegistrationStatus.Attended : RegistrationStatus.Absent;
            if (registration.Status == status)
            {
                continue;
            }

            if (registration.PersonId is { } personId && !await ProcessingConsent.IsInForceAsync(db, personId, clock, cancellationToken))
            {
                return ProcessingConsent.Missing(text);
            }

            db.Entry(registration).Property(r => r.Version).OriginalValue = entry.Version;
            registration.Status = status;
            registration.AttendanceTakenAt = now;
            changed.Add(registration);
        }

        if (changed.Count > 0)
        {
            audit.Add(db, SessionAudit.Attendance, staff.UserId, staff.OrganisationId, SessionAudit.Subject(id),
                $"{changed.Count(r => r.Status == RegistrationStatus.Attended)} attended, {changed.Count(r => r.Status == RegistrationStatus.Absent)} absent");
        }

        foreach (var registration in changed.Where(r => r.PersonId is not null))
        {
            audit.Add(db, SessionAudit.Attendance, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(registration.PersonId!.Value),
                $"session {id}: {registration.Status}");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok((await GetSession.LoadAsync(db, staff, id, cancellationToken))!);
    }

    /// <summary>The 409 when attendance cannot be taken yet (more than an hour before the start) or any more (cancelled).</summary>
    public static ProblemHttpResult? Closed(InfoSession session, TimeProvider clock, IStringLocalizer text) =>
        session.Status == SessionStatus.Cancelled ? Conflicts.Of(text["SessionClosed"])
        : session.StartsAt - TimeSpan.FromHours(1) > clock.GetUtcNow() ? Conflicts.Of(text["SessionAttendanceNotYet"])
        : null;
}
