using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.ActionPlans;

/// <summary>Changes a step (with the version read, or 409); marking it done records the day it was completed.</summary>
public static class UpdateStep
{
    public sealed record Request(StepKind? Kind, string? Title, string? Detail, string? Owner, DateOnly? DueOn, StepStatus? Status, long Version);

    public static async Task<Results<Ok<StepResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Guid stepId, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        var step = person is null ? null : await db.ActionPlanSteps.SingleOrDefaultAsync(
            s => s.Id == stepId && s.PersonId == personId && s.OrganisationId == person.OrganisationId, cancellationToken);
        if (step is null)
        {
            return TypedResults.NotFound();
        }

        var today = SiteTime.Today(clock);
        if (!await ProcessingConsent.IsInForceAsync(db, personId, today, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var planCreatedAt = await db.ActionPlans.Where(p => p.Id == step.PlanId).Select(p => p.CreatedAt).SingleAsync(cancellationToken);
        var (errors, ownerUserId) = await StepInput.ValidateAsync(db, step.OrganisationId, request.Kind, request.Title, request.Detail,
            request.Owner, request.DueOn, DateOnly.FromDateTime(SiteTime.ToLocal(planCreatedAt)), today, text, cancellationToken, step.OwnerUserId);
        if (request.Status is null)
        {
            errors.Add("status", text["FieldRequired", text["Status"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (step.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        db.Entry(step).Property(s => s.Version).OriginalValue = request.Version;
        var statusChanged = step.Status != request.Status;
        step.Kind = request.Kind!.Value;
        step.Title = request.Title!.Trim();
        step.Detail = FreeText.Clean(request.Detail);
        step.OwnerUserId = ownerUserId;
        step.DueOn = request.DueOn!.Value;
        step.Status = request.Status!.Value;
        step.CompletedOn = step.Status == StepStatus.Done ? step.CompletedOn ?? today : null;
        audit.Add(db, ActionPlanAudit.StepUpdated, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            statusChanged ? $"step {step.Id}: {step.Status}" : $"step {step.Id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(StepResponse.From(step, today));
    }
}
