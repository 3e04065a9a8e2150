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
/// A grant is put on hold (training abandoned, the hire under check): nothing is ordered while it is suspended.
/// Resuming lifts the hold. The status does not change: suspension is a hold on payments, not a step of the lifecycle.
/// </summary>
public static class SuspendApplication
{
    public sealed record Request(string? Reason, long Version);

    public sealed record ResumeRequest(long Version);

    public const int ReasonMax = 2000;

    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Suspend(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text).Required("reason", request.Reason, "Payments.Reason").MaxLength("reason", request.Reason, ReasonMax, "Payments.Reason");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (application.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (application.SuspendedAt is not null
            || application.Status is not (ApplicationStatus.Approved or ApplicationStatus.Contracted or ApplicationStatus.InPayment))
        {
            return Conflicts.Of(text["Payments.Suspend.Refused"]);
        }

        var now = clock.GetUtcNow();
        application.SuspendedAt = now;
        application.SuspendedBy = staff.UserId;
        application.SuspensionReason = FreeText.Clean(request.Reason);
        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.Suspended, note: application.SuspensionReason));
        return await SaveAsync(application, ApplicationAudit.Suspended, db, staff, audit, text, cancellationToken);
    }

    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Resume(
        Guid id, ResumeRequest request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        if (application.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (application.SuspendedAt is null || application.IsFinal)
        {
            return Conflicts.Of(text["Payments.Resume.Refused"]);
        }

        application.SuspendedAt = null;
        application.SuspendedBy = null;
        application.SuspensionReason = null;
        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, clock.GetUtcNow(), ApplicationEventKind.Resumed));
        return await SaveAsync(application, ApplicationAudit.Resumed, db, staff, audit, text, cancellationToken);
    }

    private static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> SaveAsync(
        SupportApplication application, string action, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        audit.Add(db, action, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {application.Id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(ApplicationResponse.From(application));
    }
}
