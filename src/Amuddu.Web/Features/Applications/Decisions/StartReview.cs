using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>An officer takes an eligible (or overridden) application into review, where the two approvals are given.</summary>
public static class StartReview
{
    public sealed record Request(long Version);

    public static async Task<Results<Ok<ApplicationResponse>, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        if (request.Version != application.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        var from = application.Status;
        if (from == ApplicationStatus.EligibilityChecked && application.IsEligible != true)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.ApplicationTransitionRefused,
                title: text["Decisions.NotEligible"]);
        }

        if (!ApplicationMoves.TryMove(db, application, ApplicationStatus.UnderReview, staff, clock.GetUtcNow()))
        {
            return ApplicationMoves.Refused(from, ApplicationStatus.UnderReview, text);
        }

        audit.Add(db, ApplicationAudit.StatusChanged, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {application.Id}: {application.Status}");
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
