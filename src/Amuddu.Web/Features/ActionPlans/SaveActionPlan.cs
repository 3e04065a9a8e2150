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
/// Starts or changes the plan: its goal, status and the person's agreement. Version 0 starts it;
/// otherwise the version read, or 409. Recording the agreement turns a draft into an active plan
/// and moves the person into the action-plan stage.
/// </summary>
public static class SaveActionPlan
{
    public const int GoalMax = 2000;

    public sealed record Request(string? Goal, ActionPlanStatus? Status, DateOnly? AgreedOn, AgreementMethod? AgreementMethod, long Version);

    public static async Task<Results<Ok<ActionPlanResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var today = SiteTime.Today(clock);
        if (!await ProcessingConsent.IsInForceAsync(db, personId, today, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var errors = new ValidationErrors(text)
            .Required("goal", request.Goal, "PlanGoal")
            .MaxLength("goal", request.Goal, GoalMax, "PlanGoal");
        if (request.Status is null)
        {
            errors.Add("status", text["FieldRequired", text["Status"]]);
        }

        var agreed = request.AgreedOn is not null || request.AgreementMethod is not null;
        if (agreed && request.AgreedOn is null)
        {
            errors.Add("agreedOn", text["FieldRequired", text["PlanAgreedOn"]]);
        }
        else if (request.AgreedOn is { } on && (on > today || on < today.AddYears(-2)))
        {
            errors.Add("agreedOn", text["PlanAgreedOnInvalid"]);
        }

        if (agreed && request.AgreementMethod is null)
        {
            errors.Add("agreementMethod", text["FieldRequired", text["PlanAgreementMethod"]]);
        }

        if (!agreed && request.Status is ActionPlanStatus.Active or ActionPlanStatus.Completed)
        {
            errors.Add("agreedOn", text["PlanAgreementNeeded"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var plan = await db.ActionPlans.SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        if ((plan?.Version ?? 0) != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (plan is null)
        {
            plan = new ActionPlan { PersonId = personId, OrganisationId = person.OrganisationId };
            db.ActionPlans.Add(plan);
        }
        else
        {
            db.Entry(plan).Property(p => p.Version).OriginalValue = request.Version;
        }

        var agreementChanged = agreed && (plan.AgreedOn != request.AgreedOn || plan.AgreementMethod != request.AgreementMethod);
        plan.Goal = request.Goal!.Trim();
        plan.Status = agreed && request.Status == ActionPlanStatus.Draft ? ActionPlanStatus.Active : request.Status!.Value;
        plan.AgreedOn = request.AgreedOn;
        plan.AgreementMethod = request.AgreementMethod;
        plan.AgreementRecordedBy = !agreed ? null : agreementChanged ? staff.UserId : plan.AgreementRecordedBy;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        audit.Add(db, ActionPlanAudit.PlanSaved, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"plan {plan.Id}: {plan.Status}");
        if (agreementChanged)
        {
            audit.Add(db, ActionPlanAudit.AgreementRecorded, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
                $"plan {plan.Id}: {plan.AgreementMethod}");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (agreed)
            {
                await PathwayProgress.MoveToActionPlanAsync(db, personId, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A stale version, or a colleague who started this person's plan at the same moment.
            return Conflicts.Of(text["EditedByOther"]);
        }

        var steps = await db.ActionPlanSteps.AsNoTracking().Where(s => s.PlanId == plan.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(ActionPlanResponse.From(plan, steps, today));
    }
}
