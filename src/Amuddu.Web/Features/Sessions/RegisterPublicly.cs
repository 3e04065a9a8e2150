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
    public static async Task<Results<Created<PublicRegistrationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
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
        var taken = await SessionRules.TakenAsync(db, id, cancellationToken);
        if (taken >= session.Capacity)
        {
            return SessionRules.Full(text);
        }

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
                // The phone or address keeps its one place, and the answer is the one a new registration gets
                // (same status, seats, confirmation flag), so that nobody can learn who registered by trying
                // a number. Nothing is sent: the owner of the number already has their confirmation.
                return TypedResults.Created($"/api/v1/public/sessions/{id}",
                    new PublicRegistrationResponse(shown with { SeatsLeft = Math.Max(0, session.Capacity - taken) }, WouldConfirm(pre)));
            }
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

    /// <summary>Whether a new registration with these details would have a confirmation queued (as <see cref="SessionMessages.OnRegisteredAsync"/> decides).</summary>
    private static bool WouldConfirm(PreRegistration pre) =>
        pre.ContactConsent && pre.ContactChannel switch
        {
            ContactChannel.Sms or ContactChannel.WhatsApp => !string.IsNullOrEmpty(pre.Phone),
            ContactChannel.Email => !string.IsNullOrEmpty(pre.Email),
            null => false,
        };
}
