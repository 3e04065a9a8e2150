using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Sessions;

/// <summary>
/// Someone came without registering: a quick pre-registration (source Session) and a place marked
/// attended. They are in the room, so the capacity does not turn them away.
/// </summary>
public static class AddWalkIn
{
    public static async Task<Results<Created<RegistrationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, ContactDetails request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var session = await SessionRules.FindAsync(db, staff, id, cancellationToken);
        if (session is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var errors = new ValidationErrors(text);
        var pre = request.ToPreRegistration(errors, text, session.OrganisationId, session.SiteId, PreRegistrationSource.Session, now);
        if (pre is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (TakeAttendance.Closed(session, clock, text) is { } closed)
        {
            return closed;
        }

        pre.AgentId = staff.IsInRole(Roles.CommunityAgent) ? staff.UserId : null;
        var registration = new SessionRegistration
        {
            SessionId = id,
            OrganisationId = session.OrganisationId,
            PreRegistrationId = pre.Id,
            Status = RegistrationStatus.Attended,
            AttendanceTakenAt = now,
        };
        db.PreRegistrations.Add(pre);
        db.SessionRegistrations.Add(registration);
        audit.Add(db, SessionAudit.WalkIn, staff.UserId, staff.OrganisationId, SessionAudit.Subject(id), $"registration {registration.Id}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/info-sessions/{id}", new RegistrationResponse(registration.Id, RegistrantKind.PreRegistration, pre.Id, null,
            string.Join(' ', new[] { pre.FirstName, pre.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))), pre.ContactConsent, registration.Status,
            registration.AttendanceTakenAt, registration.FollowUp, null, registration.Version));
    }
}
