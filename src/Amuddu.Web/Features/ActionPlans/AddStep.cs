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

/// <summary>
/// Adds a step to the person's plan, starting a draft plan when there is none yet. The first step
/// moves the person into the action-plan stage.
/// </summary>
public static class AddStep
{
    public sealed record Request(StepKind? Kind, string? Title, string? Detail, string? Owner, DateOnly? DueOn);

    public static async Task<Results<Created<StepResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var today = SiteTime.Today(clock);
        if (!await ProcessingConsent.IsInForceAsync(db, personId, today, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var plan = await db.ActionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        var planCreatedOn = plan is null ? today : DateOnly.FromDateTime(SiteTime.ToLocal(plan.CreatedAt));
        var (errors, ownerUserId) = await StepInput.ValidateAsync(db, person.OrganisationId, request.Kind, request.Title, request.Detail,
            request.Owner, request.DueOn, planCreatedOn, today, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var planId = plan?.Id ?? Guid.CreateVersion7();
        if (plan is null)
        {
            db.ActionPlans.Add(new ActionPlan { Id = planId, PersonId = personId, OrganisationId = person.OrganisationId });
        }

        var step = new ActionPlanStep
        {
            PlanId = planId,
            PersonId = personId,
            OrganisationId = person.OrganisationId,
            Kind = request.Kind!.Value,
            Title = request.Title!.Trim(),
            Detail = FreeText.Clean(request.Detail),
            OwnerUserId = ownerUserId,
            DueOn = request.DueOn!.Value,
            Status = StepStatus.Planned,
        };
        db.ActionPlanSteps.Add(step);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        audit.Add(db, ActionPlanAudit.StepAdded, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"step {step.Id}: {step.Kind}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await PathwayProgress.MoveToActionPlanAsync(db, personId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A colleague started this person's plan at the same moment: theirs stands, try again.
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Created($"/api/v1/people/{personId}/action-plan/steps/{step.Id}", StepResponse.From(step, today));
    }
}
