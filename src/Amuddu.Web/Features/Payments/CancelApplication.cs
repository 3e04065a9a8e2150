using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Payments;

/// <summary>
/// A decided grant is cancelled: what is not paid will not be. Tranches not paid and orders not yet sent to the
/// bank are cancelled (kept), and the unpaid remainder goes back to the budget in the same transaction.
/// </summary>
public static class CancelApplication
{
    public sealed record Request(string? Reason, long Version);

    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text).Required("reason", request.Reason, "Payments.Reason")
            .MaxLength("reason", request.Reason, SuspendApplication.ReasonMax, "Payments.Reason");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (application.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (!SupportApplication.CanMove(application.Status, ApplicationStatus.Cancelled))
        {
            return ApplicationMoves.Refused(application.Status, ApplicationStatus.Cancelled, text);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var orders = await db.PaymentOrders.Where(o => o.ApplicationId == application.Id
            && (o.Status == PaymentStatus.Ordered || o.Status == PaymentStatus.Exported)).ToListAsync(cancellationToken);
        // An order in a transfer file may be paid by the bank whatever we decide: it must come back first.
        if (orders.Any(o => o.Status == PaymentStatus.Exported))
        {
            return Conflicts.Of(text["Payments.Cancel.AtBank"]);
        }

        var now = clock.GetUtcNow();
        var reason = FreeText.Clean(request.Reason);
        ApplicationMoves.TryMove(db, application, ApplicationStatus.Cancelled, staff, now, reason);
        application.DecisionNote = reason;
        application.ClosedAt = now;
        foreach (var order in orders)
        {
            order.Status = PaymentStatus.Cancelled;
            order.ActiveTrancheId = null;
            order.CancelledAt = now;
            order.CancelledBy = staff.UserId;
            order.CancelReason = reason;
            order.Version++;
            db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.PaymentCancelled,
                note: order.Reference, amountCentimes: order.AmountCentimes));
        }

        var tranches = await db.Tranches.Where(t => t.ApplicationId == application.Id).ToListAsync(cancellationToken);
        foreach (var tranche in tranches.Where(t => t.Status is TrancheStatus.Planned or TrancheStatus.Due or TrancheStatus.Ordered))
        {
            tranche.Status = TrancheStatus.Cancelled;
        }

        var paid = tranches.Where(t => t.Status == TrancheStatus.Paid).Sum(t => t.AmountCentimes);
        var unpaid = Math.Max(0, (application.ApprovedCentimes ?? 0) - paid);
        audit.Add(db, ApplicationAudit.StatusChanged, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {application.Id}: {ApplicationStatus.Cancelled}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await BudgetLedger.ReleaseAsync(db, application.ProgrammeId, application.RegionCode, unpaid, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(ApplicationResponse.From(application));
    }
}
