using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.ActionPlans;

/// <summary>The action plan in the person's export, erasure and timeline.</summary>
public sealed class ActionPlanPersonalData(AmudduDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : IPersonalDataSection
{
    public string Name => "actionPlan";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var steps = await db.ActionPlanSteps.AsNoTracking().Where(s => s.PlanId == plan.Id).ToListAsync(cancellationToken);
        return ActionPlanResponse.From(plan, steps, SiteTime.Today(clock));
    }

    /// <summary>The goal and the steps' words go; kinds, owners, dates and statuses stay for the indicators.</summary>
    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        foreach (var plan in await db.ActionPlans.Where(p => p.PersonId == personId).ToListAsync(cancellationToken))
        {
            plan.Goal = null;
        }

        foreach (var step in await db.ActionPlanSteps.Where(s => s.PersonId == personId).ToListAsync(cancellationToken))
        {
            step.Title = "";
            step.Detail = null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var area = text["ActionPlan"].Value;
        var entries = new List<TimelineEntry>();
        var plan = await db.ActionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        if (plan is null)
        {
            return entries;
        }

        entries.Add(new(plan.CreatedAt, area, text["Timeline.PlanStarted"], null, plan.CreatedBy));
        if (plan.AgreedOn is { } agreed)
        {
            entries.Add(new(new DateTimeOffset(agreed.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), area, text["Timeline.PlanAgreed"],
                plan.AgreementMethod is { } method ? text[$"AgreementMethod.{method}"].Value : null, plan.AgreementRecordedBy));
        }

        foreach (var step in await db.ActionPlanSteps.AsNoTracking().Where(s => s.PlanId == plan.Id).ToListAsync(cancellationToken))
        {
            entries.Add(new(step.CreatedAt, area, text["Timeline.StepAdded"], text[$"StepKind.{step.Kind}"], step.CreatedBy));
            if (step.CompletedOn is { } done)
            {
                entries.Add(new(new DateTimeOffset(done.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), area, text["Timeline.StepDone"],
                    text[$"StepKind.{step.Kind}"], step.UpdatedBy));
            }
        }

        return entries;
    }
}
