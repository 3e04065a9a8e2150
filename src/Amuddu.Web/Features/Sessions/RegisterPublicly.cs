using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Sessions;

/// <summary>
/// Someone takes a place on the public site, without an account: a pre-registration (source
/// PublicForm) and a place in the session, with a confirmation and a reminder when they agreed to
/// be contacted. The same phone or e-mail registering again keeps its one place; the last seat goes
/// to one person only.
/// </summary>
public static class RegisterPublicly
{
    public static async Task<Results<Created<PublicRegistrationResponse>, Ok<PublicRegistrationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, ContactDetails request, AmudduDbContext db, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if ((await PublicSessions.LoadAsync(db, clock, null, null, null, id, cancellationToken)) is not [var shown])
        {
            return TypedResults.NotFound();
        }

        var session = await db.InfoSessions.SingleAsync(s => s.Id == id, cancellationToken);
        var errors = new ValidationErrors(text);
        var pre = request.ToPreRegistration(errors, text, session.OrganisationId, session.SiteId, PreRegistrationSource.PublicForm, clock.GetUtcNow());
        if (pre is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SessionRules.LockSeatsAsync(db, id, cancellationToken);
        if (pre.Phone is not null || pre.Email is not null)
        {
            var already = await (
                from r in db.SessionRegistrations
                join p in db.PreRegistrations on r.PreRegistrationId equals p.Id
                where r.SessionId == id && r.Status != RegistrationStatus.Cancelled
                    && ((pre.Phone != null && p.Phone == pre.Phone) || (pre.Email != null && p.Email == pre.Email))
                select r.Id).AnyAsync(cancellationToken);
            if (already)
            {
                return TypedResults.Ok(new PublicRegistrationResponse(shown, false));
            }
        }

        var taken = await SessionRules.TakenAsync(db, id, cancellationToken);
        if (taken >= session.Capacity)
        {
            return SessionRules.Full(text);
        }

        var registration = new SessionRegistration
        {
            SessionId = id,
            OrganisationId = session.OrganisationId,
            PreRegistrationId = pre.Id,
            Status = RegistrationStatus.Registered,
        };
        db.PreRegistrations.Add(pre);
        db.SessionRegistrations.Add(registration);
        await db.SaveChangesAsync(cancellationToken);
        var queued = await SessionMessages.OnRegisteredAsync(db, protector, clock, session, registration, cancellationToken);
        audit.Add(db, SessionAudit.PublicRegistration, null, session.OrganisationId, SessionAudit.Subject(id),
            $"registration {registration.Id}{(queued ? ", confirmation queued" : "")}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/public/sessions/{id}", new PublicRegistrationResponse(shown with { SeatsLeft = Math.Max(0, session.Capacity - taken - 1) }, queued));
    }
}
