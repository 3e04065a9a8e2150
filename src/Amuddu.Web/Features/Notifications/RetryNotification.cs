using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Notifications;

/// <summary>
/// Puts a failed message back in the queue, due now, with a fresh round of attempts (once the
/// address or the gateway has been fixed). Only a failed message: anything else is a 409.
/// </summary>
public static class RetryNotification
{
    public static async Task<Results<Ok<NotificationResponse>, NotFound, ProblemHttpResult>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var message = await GetNotification.FindAsync(db, staff, id, cancellationToken);
        if (message is null)
        {
            return TypedResults.NotFound();
        }

        if (message.Status != OutboxStatus.Failed)
        {
            return Conflicts.Of(text["Notifications.OnlyFailedRetried"]);
        }

        if (message.RecipientCipher.Length == 0)
        {
            return Conflicts.Of(text["Notifications.RecipientErased"]);
        }

        message.Status = OutboxStatus.Pending;
        message.DueAt = clock.GetUtcNow();
        message.Attempts = 0;
        message.LastError = null;
        audit.Add(db, NotificationAudit.Retried, staff.UserId, staff.OrganisationId, AuditSubject(message), $"notification {id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(NotificationResponse.From(message, protector));
    }

    /// <summary>A person's message shows in their file's access log; the others under their own id.</summary>
    public static string AuditSubject(OutboxMessage message) =>
        message.PersonId is { } personId ? PeopleAudit.Subject(personId) : $"notification {message.Id}";
}
