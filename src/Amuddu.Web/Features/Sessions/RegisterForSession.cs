using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Sessions;

/// <summary>
/// Staff give someone a place: one of the organisation's open pre-registrations, or a full file
/// (which needs a consent to processing in force; messages need the consent to be contacted).
/// A place is never given twice, nor beyond the capacity.
/// </summary>
public static class RegisterForSession
{
    public sealed record Request(Guid? PreRegistrationId, Guid? PersonId);

    public static async Task<Results<Created<RegistrationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var session = await SessionRules.FindAsync(db, staff, id, cancellationToken);
        if (session is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text);
        string name;
        if ((request.PreRegistrationId is null) == (request.PersonId is null))
        {
            errors.Add("preRegistrationId", text["SessionRegistrantOneOf"]);
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (request.PersonId is { } personId)
        {
            var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
            if (person is null)
            {
                return TypedResults.NotFound();
            }

            if (!await ProcessingConsent.IsInForceAsync(db, personId, clock, cancellationToken))
            {
                return ProcessingConsent.Missing(text);
            }

            name = person.DisplayName;
        }
        else
        {
            var pre = await db.PreRegistrations.AsNoTracking()
                .SingleOrDefaultAsync(p => p.Id == request.PreRegistrationId && p.OrganisationId == session.OrganisationId, cancellationToken);
            if (pre is null)
            {
                return TypedResults.NotFound();
            }

            if (pre.Status != PreRegistrationStatus.Open)
            {
                errors.Add("preRegistrationId", text["SessionPreRegistrationNotOpen"]);
                return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
            }

            name = string.Join(' ', new[] { pre.FirstName, pre.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        }

        if (!SessionRules.OpenForRegistration(session, clock.GetUtcNow()))
        {
            return Conflicts.Of(text["SessionNotOpen"]);
        }

        var registration = new SessionRegistration
        {
            SessionId = id,
            OrganisationId = session.OrganisationId,
            PreRegistrationId = request.PreRegistrationId,
            PersonId = request.PersonId,
            Status = RegistrationStatus.Registered,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SessionRules.LockSeatsAsync(db, id, cancellationToken);
        if (await db.SessionRegistrations.AnyAsync(r => r.SessionId == id && r.Status != RegistrationStatus.Cancelled
                && (request.PersonId != null ? r.PersonId == request.PersonId : r.PreRegistrationId == request.PreRegistrationId), cancellationToken))
        {
            return Conflicts.Of(text["SessionAlreadyRegistered"]);
        }

        if (await SessionRules.TakenAsync(db, id, cancellationToken) >= session.Capacity)
        {
            return SessionRules.Full(text);
        }

        // A place given up earlier is taken again rather than duplicated (one row per person and session).
        var earlier = await db.SessionRegistrations.SingleOrDefaultAsync(r => r.SessionId == id
            && (request.PersonId != null ? r.PersonId == request.PersonId : r.PreRegistrationId == request.PreRegistrationId), cancellationToken);
        if (earlier is not null)
        {
            earlier.Status = RegistrationStatus.Registered;
            registration = earlier;
        }
        else
        {
            db.SessionRegistrations.Add(registration);
        }

        await db.SaveChangesAsync(cancellationToken);
        var contacted = await SessionMessages.OnRegisteredAsync(db, protector, clock, session, registration, cancellationToken);
        audit.Add(db, SessionAudit.Registered, staff.UserId, staff.OrganisationId,
            request.PersonId is { } registered ? PeopleAudit.Subject(registered) : SessionAudit.Subject(id),
            $"session {id}, registration {registration.Id}{(contacted ? ", confirmation queued" : "")}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/info-sessions/{id}", new RegistrationResponse(
            registration.Id, request.PersonId is null ? RegistrantKind.PreRegistration : RegistrantKind.Person, registration.PreRegistrationId,
            registration.PersonId, name, false, registration.Status, null, registration.FollowUp, null, registration.Version));
    }
}
