using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Payments;

/// <summary>
/// An order not yet sent to the bank is cancelled: it stays on record with its reason, and its tranche is due
/// again, so a new order (with a new key) can be made. Sent orders must come back from the bank first.
/// </summary>
public static class CancelPayment
{
    public sealed record Request(string? Reason, long Version);

    public static async Task<Results<Ok<PaymentOrderResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var order = await db.PaymentOrders.SingleOrDefaultAsync(o => o.Id == id && o.OrganisationId == staff.OrganisationId, cancellationToken);
        if (order is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text).Required("reason", request.Reason, "Payments.Reason").MaxLength("reason", request.Reason, 500, "Payments.Reason");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (order.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (order.Status != PaymentStatus.Ordered)
        {
            return Conflicts.Of(text["Payments.CancelOrder.Refused", text[$"Payment.Status.{order.Status}"]]);
        }

        var application = await db.Applications.SingleAsync(a => a.Id == order.ApplicationId, cancellationToken);
        var tranche = await db.Tranches.SingleAsync(t => t.Id == order.TrancheId, cancellationToken);
        var now = clock.GetUtcNow();
        db.Entry(order).Property(o => o.Version).OriginalValue = request.Version;
        order.Version++;
        order.Status = PaymentStatus.Cancelled;
        order.ActiveTrancheId = null;
        order.CancelledAt = now;
        order.CancelledBy = staff.UserId;
        order.CancelReason = FreeText.Clean(request.Reason);
        tranche.Status = TrancheStatus.Due;
        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.PaymentCancelled,
            note: $"{order.Reference} — {order.CancelReason}", amountCentimes: order.AmountCentimes));
        audit.Add(db, ApplicationAudit.PaymentCancelled, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"order {order.Reference}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(PaymentOrderResponse.From(order));
    }
}
