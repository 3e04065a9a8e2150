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
/// What came of the session for a participant who attended: a full file opened, a referral, an
/// appointment for positioning. The conversion and the booking are done on their own pages; this
/// keeps the outcome for the funnel.
/// </summary>
public static class RecordFollowUp
{
    public sealed record Request(SessionFollowUp? FollowUp, long Version);

    public static async Task<Results<Ok<SessionDetails>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Guid registrationId, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var session = await SessionRules.FindAsync(db, staff, id, cancellationToken);
        var registration = session is null ? null
            : await db.SessionRegistrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.SessionId == id, cancellationToken);
        if (registration is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text);
        if (request.FollowUp is not { } followUp)
        {
            errors.Add("followUp", text["FieldRequired", text["SessionFollowUp"]]);
        }
        else if (followUp == SessionFollowUp.ConvertedToFile && registration.PreRegistrationId is null)
        {
            errors.Add("followUp", text["SessionFollowUpAlreadyFile"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (registration.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (registration.Status != RegistrationStatus.Attended)
        {
            return Conflicts.Of(text["SessionFollowUpNeedsAttendance"]);
        }

        if (registration.PersonId is { } personId && !await ProcessingConsent.IsInForceAsync(db, personId, clock, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        db.Entry(registration).Property(r => r.Version).OriginalValue = request.Version;
        registration.FollowUp = request.FollowUp!.Value;
        audit.Add(db, SessionAudit.FollowUp, staff.UserId, staff.OrganisationId,
            registration.PersonId is { } person ? PeopleAudit.Subject(person) : SessionAudit.Subject(id),
            $"session {id}, registration {registration.Id}: {registration.FollowUp}");
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
}
