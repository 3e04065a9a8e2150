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
/// What a beneficiary owes back (training abandoned, hire left early): opened for at most what was paid and not
/// already claimed, received in instalments until all came back, or written off with a reason.
/// </summary>
public static class Recoveries
{
    public sealed record OpenRequest(decimal? Owed, string? Reason, DateOnly? DueOn);

    public sealed record ReceiptRequest(decimal? Amount, long Version);

    public sealed record WriteOffRequest(string? Reason, long Version);

    public static async Task<Results<Ok<List<RecoveryResponse>>, NotFound>> List(
        Guid id, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var recoveries = await db.Recoveries.AsNoTracking().Where(r => r.ApplicationId == application.Id).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(recoveries.Select(RecoveryResponse.From).ToList());
    }

    public static async Task<Results<Created<RecoveryResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Open(
        Guid id, OpenRequest request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text).Required("reason", request.Reason, "Payments.Reason")
            .MaxLength("reason", request.Reason, SuspendApplication.ReasonMax, "Payments.Reason");
        var owed = errors.Centimes("owed", request.Owed, "Payments.Owed");
        if (owed is { } claimed)
        {
            var paid = await db.PaymentOrders.Where(o => o.ApplicationId == application.Id && o.Status == PaymentStatus.Paid)
                .SumAsync(o => o.AmountCentimes, cancellationToken);
            var alreadyClaimed = await db.Recoveries.Where(r => r.ApplicationId == application.Id).SumAsync(r => r.OwedCentimes, cancellationToken);
            if (claimed > paid - alreadyClaimed)
            {
                errors.Add("owed", text["Payments.Owed.OverPaid", Money.Format(Math.Max(0, paid - alreadyClaimed))]);
            }
        }

        if (request.DueOn is { } dueOn && dueOn < SiteTime.Today(clock))
        {
            errors.Add("dueOn", text["Payments.DueOn.Past"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var now = clock.GetUtcNow();
        var recovery = new Recovery
        {
            ApplicationId = application.Id,
            OrganisationId = application.OrganisationId,
            OwedCentimes = owed!.Value,
            Reason = FreeText.Clean(request.Reason)!,
            Status = RecoveryStatus.Open,
            DueOn = request.DueOn,
        };
        db.Recoveries.Add(recovery);
        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.RecoveryOpened, note: recovery.Reason,
            amountCentimes: recovery.OwedCentimes));
        audit.Add(db, ApplicationAudit.RecoveryOpened, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"recovery {recovery.Id}: {Money.Invariant(recovery.OwedCentimes)}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/applications/{application.Id}/recoveries/{recovery.Id}", RecoveryResponse.From(recovery));
    }

    public static async Task<Results<Ok<RecoveryResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Receive(
        Guid id, Guid recoveryId, ReceiptRequest request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var (application, recovery) = await FindAsync(db, staff, id, recoveryId, cancellationToken);
        if (application is null || recovery is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text);
        var amount = errors.Centimes("amount", request.Amount, "Payments.Amount");
        var outstanding = recovery.OwedCentimes - recovery.RecoveredCentimes;
        if (amount > outstanding)
        {
            errors.Add("amount", text["Payments.Amount.OverOutstanding", Money.Format(outstanding)]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (recovery.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (recovery.Status != RecoveryStatus.Open)
        {
            return Conflicts.Of(text["Payments.Recovery.NotOpen"]);
        }

        var now = clock.GetUtcNow();
        recovery.RecoveredCentimes += amount!.Value;
        if (recovery.RecoveredCentimes == recovery.OwedCentimes)
        {
            recovery.Status = RecoveryStatus.Recovered;
        }

        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.RecoveryReceived, amountCentimes: amount));
        return await SaveAsync(application, recovery, request.Version, ApplicationAudit.RecoveryReceived, $"recovery {recovery.Id}: {Money.Invariant(amount.Value)}",
            db, staff, audit, text, cancellationToken);
    }

    public static async Task<Results<Ok<RecoveryResponse>, ValidationProblem, NotFound, ProblemHttpResult>> WriteOff(
        Guid id, Guid recoveryId, WriteOffRequest request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var (application, recovery) = await FindAsync(db, staff, id, recoveryId, cancellationToken);
        if (application is null || recovery is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text).Required("reason", request.Reason, "Payments.Reason")
            .MaxLength("reason", request.Reason, SuspendApplication.ReasonMax, "Payments.Reason");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (recovery.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (recovery.Status != RecoveryStatus.Open)
        {
            return Conflicts.Of(text["Payments.Recovery.NotOpen"]);
        }

        recovery.Status = RecoveryStatus.WrittenOff;
        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, clock.GetUtcNow(), ApplicationEventKind.Note,
            note: $"{text["Recovery.Status.WrittenOff"]} — {FreeText.Clean(request.Reason)}",
            amountCentimes: recovery.OwedCentimes - recovery.RecoveredCentimes));
        return await SaveAsync(application, recovery, request.Version, PaymentsAudit.RecoveryWrittenOff, $"recovery {recovery.Id}",
            db, staff, audit, text, cancellationToken);
    }

    private static async Task<(SupportApplication?, Recovery?)> FindAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, Guid recoveryId,
        CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        var recovery = application is null ? null
            : await db.Recoveries.SingleOrDefaultAsync(r => r.Id == recoveryId && r.ApplicationId == application.Id, cancellationToken);
        return (application, recovery);
    }

    private static async Task<Results<Ok<RecoveryResponse>, ValidationProblem, NotFound, ProblemHttpResult>> SaveAsync(
        SupportApplication application, Recovery recovery, long version, string action, string detail, AmudduDbContext db, ICurrentStaff staff,
        AuditLog audit, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        db.Entry(recovery).Property(r => r.Version).OriginalValue = version;
        audit.Add(db, action, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId), detail);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(RecoveryResponse.From(recovery));
    }
}
