using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>The applicant withdraws an application that is not decided yet, saying why.</summary>
public static class WithdrawApplication
{
    /// <summary><paramref name="Version"/> is optional: when given, a stale one is refused.</summary>
    public sealed record Request(string? Reason, long? Version = null);

    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        if (!Applying.MayApply(staff))
        {
            return TypedResults.Forbid();
        }

        var failure = await WithdrawAsync(application, request, db, staff, audit, clock, text, cancellationToken);
        return failure is null ? TypedResults.Ok(ApplicationResponse.From(application)) : Applying.Fail<Ok<ApplicationResponse>>(failure);
    }

    public static async Task<IResult?> WithdrawAsync(SupportApplication application, Request request, AmudduDbContext db, ICurrentStaff staff,
        AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .Required("reason", request.Reason, "Applying.WithdrawReason")
            .MaxLength("reason", request.Reason, 2000, "Applying.WithdrawReason");
        if (!errors.IsValid)
        {
            return Applying.Invalid(errors, text);
        }

        if (request.Version is { } version && version != application.Version)
        {
            return Applying.Stale(text);
        }

        var now = clock.GetUtcNow();
        var from = application.Status;
        if (!ApplicationMoves.TryMove(db, application, ApplicationStatus.Withdrawn, staff, now, request.Reason))
        {
            return ApplicationMoves.Refused(from, ApplicationStatus.Withdrawn, text);
        }

        application.DecisionNote = FreeText.Clean(request.Reason);
        application.ClosedAt = now;
        audit.Add(db, ApplicationAudit.StatusChanged, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {application.Id}: {ApplicationStatus.Withdrawn}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Applying.Stale(text);
        }

        return null;
    }
}
