using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>An officer rejects an application before it is approved, saying why (the reason is shown to the counsellor).</summary>
public static class RejectApplication
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

        var errors = new ValidationErrors(text)
            .Required("reason", request.Reason, "Decisions.Reason")
            .MaxLength("reason", request.Reason, DecisionRules.TextMaxLength, "Decisions.Reason");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (request.Version != application.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        var from = application.Status;
        var now = clock.GetUtcNow();
        var reason = request.Reason!.Trim();
        if (!ApplicationMoves.TryMove(db, application, ApplicationStatus.Rejected, staff, now, reason))
        {
            return ApplicationMoves.Refused(from, ApplicationStatus.Rejected, text);
        }

        application.DecidedAt = now;
        application.DecisionNote = reason;
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
