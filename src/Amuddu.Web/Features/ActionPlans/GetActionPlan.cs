using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.ActionPlans;

/// <summary>The person's plan with its steps, overdue ones flagged; an empty plan (version 0) before it is started.</summary>
public static class GetActionPlan
{
    public static async Task<Results<Ok<ActionPlanResponse>, NotFound>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await LoadAsync(db, personId, SiteTime.Today(clock), cancellationToken));
    }

    /// <summary>Loads without checking who asks: the caller has found the person, or a referral sharing them.</summary>
    public static async Task<ActionPlanResponse> LoadAsync(AmudduDbContext db, Guid personId, DateOnly today, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        if (plan is null)
        {
            return ActionPlanResponse.None;
        }

        var steps = await db.ActionPlanSteps.AsNoTracking().Where(s => s.PlanId == plan.Id).ToListAsync(cancellationToken);
        return ActionPlanResponse.From(plan, steps, today);
    }
}
