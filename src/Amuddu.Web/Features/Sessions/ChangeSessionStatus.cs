using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Sessions;

/// <summary>
/// A session's life: planned → published (on the public calendar) → held; planned or published →
/// cancelled, which frees every place, cancels pending reminders and tells the registrants who may
/// be written to.
/// </summary>
public static class ChangeSessionStatus
{
    public sealed record Request(long Version);

    public static Task<Results<Ok<SessionResponse>, NotFound, ProblemHttpResult>> Publish(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        ChangeAsync(id, request, SessionStatus.Published, db, staff, protector, audit, clock, text, cancellationToken);

    public static Task<Results<Ok<SessionResponse>, NotFound, ProblemHttpResult>> Cancel(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        ChangeAsync(id, request, SessionStatus.Cancelled, db, staff, protector, audit, clock, text, cancellationToken);

    public static Task<Results<Ok<SessionResponse>, NotFound, ProblemHttpResult>> MarkHeld(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        ChangeAsync(id, request, SessionStatus.Held, db, staff, protector, audit, clock, text, cancellationToken);

    public static async Task<Results<Ok<SessionResponse>, NotFound, ProblemHttpResult>> ChangeAsync(
        Guid id, Request request, SessionStatus target, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var session = await SessionRules.FindAsync(db, staff, id, cancellationToken);
        if (session is null)
        {
            return TypedResults.NotFound();
        }

        if (SessionRules.Stale(session, request.Version, text) is { } stale)
        {
            return stale;
        }

        var now = clock.GetUtcNow();
        var refusal = target switch
        {
            SessionStatus.Published => session.Status != SessionStatus.Planned ? "SessionNotPlanned"
                : session.StartsAt <= now ? "SessionAlreadyStarted" : null,
            SessionStatus.Held => session.Status is not (SessionStatus.Planned or SessionStatus.Published) ? "SessionClosed"
                : session.StartsAt > now ? "SessionNotStarted" : null,
            SessionStatus.Cancelled => session.Status is not (SessionStatus.Planned or SessionStatus.Published) ? "SessionClosed" : null,
            SessionStatus.Planned => "SessionClosed",
        };
        if (refusal is not null)
        {
            return Conflicts.Of(text[refusal]);
        }

        db.Entry(session).Property(s => s.Version).OriginalValue = request.Version;
        session.Status = target;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var told = 0;
        if (target == SessionStatus.Cancelled)
        {
            var registrations = await db.SessionRegistrations.Where(r => r.SessionId == id && r.Status == RegistrationStatus.Registered)
                .ToListAsync(cancellationToken);
            told = await SessionMessages.OnCancelledAsync(db, protector, clock, session, registrations, cancellationToken);
            foreach (var registration in registrations)
            {
                registration.Status = RegistrationStatus.Cancelled;
            }
        }

        var action = target switch
        {
            SessionStatus.Published => SessionAudit.Published,
            SessionStatus.Held => SessionAudit.Held,
            SessionStatus.Cancelled => SessionAudit.Cancelled,
            SessionStatus.Planned => SessionAudit.Updated,
        };
        audit.Add(db, action, staff.UserId, staff.OrganisationId, SessionAudit.Subject(id),
            target == SessionStatus.Cancelled ? $"{told} registrant(s) told" : null);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(SessionResponse.From(session, await SessionRules.TakenAsync(db, id, cancellationToken)));
    }
}
