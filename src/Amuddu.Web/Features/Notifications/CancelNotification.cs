using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Notifications;

/// <summary>
/// Stops a message that has not gone yet. One being sent right now cannot be called back (409),
/// and the worker's claim and this cancel cannot both win: the status is the concurrency token.
/// </summary>
public static class CancelNotification
{
    public static async Task<Results<Ok<NotificationResponse>, NotFound, ProblemHttpResult>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var message = await GetNotification.FindAsync(db, staff, id, cancellationToken);
        if (message is null)
        {
            return TypedResults.NotFound();
        }

        if (message.Status != OutboxStatus.Pending)
        {
            return Conflicts.Of(text["Notifications.OnlyPendingCancelled"]);
        }

        message.Status = OutboxStatus.Cancelled;
        audit.Add(db, NotificationAudit.Cancelled, staff.UserId, staff.OrganisationId, RetryNotification.AuditSubject(message),
            $"notification {id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["Notifications.OnlyPendingCancelled"]);
        }

        return TypedResults.Ok(NotificationResponse.From(message, protector));
    }
}
