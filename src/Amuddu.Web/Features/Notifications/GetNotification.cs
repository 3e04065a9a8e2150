using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Notifications;

/// <summary>One message of the organisation's outbox with the history of its attempts.</summary>
public static class GetNotification
{
    public static async Task<Results<Ok<NotificationDetailResponse>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, CancellationToken cancellationToken)
    {
        var message = await FindAsync(db, staff, id, cancellationToken);
        if (message is null)
        {
            return TypedResults.NotFound();
        }

        var history = await db.DeliveryAttempts.AsNoTracking().Where(a => a.MessageId == id).OrderBy(a => a.StartedAt).ThenBy(a => a.Number)
            .Select(a => new DeliveryAttemptResponse(a.Number, a.StartedAt, a.DurationMilliseconds, a.Outcome, a.ProviderReference, a.Error))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new NotificationDetailResponse(NotificationResponse.From(message, protector), history));
    }

    /// <summary>Another organisation's message is not found, exactly like a missing one.</summary>
    public static Task<OutboxMessage?> FindAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId;
        return db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.OrganisationId == organisationId, cancellationToken);
    }
}
