using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// An officer grants eligibility to an application the rules found ineligible, with a written justification
/// that stays on the application and in its history.
/// </summary>
public static class OverrideEligibility
{
    public sealed record Request(string? Justification, long Version);

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
            .Required("justification", request.Justification, "Decisions.Justification")
            .MaxLength("justification", request.Justification, DecisionRules.TextMaxLength, "Decisions.Justification");
        if (!string.IsNullOrWhiteSpace(request.Justification) && request.Justification.Trim().Length < DecisionRules.JustificationMinLength)
        {
            errors.Add("justification", text["Decisions.JustificationTooShort", DecisionRules.JustificationMinLength]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (request.Version != application.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (application.Status != ApplicationStatus.EligibilityChecked || application.IsEligible != false)
        {
            return Conflicts.Of(text["Decisions.OverrideNotNeeded"]);
        }

        var now = clock.GetUtcNow();
        application.IsEligible = true;
        application.OverrideJustification = request.Justification!.Trim();
        application.OverriddenBy = staff.UserId;
        application.OverriddenAt = now;
        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.EligibilityOverridden, application.OverrideJustification));
        audit.Add(db, ApplicationAudit.EligibilityOverridden, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
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
