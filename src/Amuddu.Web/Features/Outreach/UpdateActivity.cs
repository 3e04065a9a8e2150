using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outreach;

/// <summary>
/// Changes a planned activity, or logs it on the spot (status done, people reached) or cancels it.
/// The caller sends the version it read: a colleague's change in between gives 409.
/// </summary>
public static class UpdateActivity
{
    public static async Task<Results<Ok<ActivityResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid activityId, ActivityInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var activity = await db.OutreachActivities.Include(a => a.Agents)
            .SingleOrDefaultAsync(a => a.Id == activityId && a.OrganisationId == staff.OrganisationId, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }

        var errors = await request.ValidateAsync(db, staff, clock, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (activity.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        db.Entry(activity).Property(a => a.Version).OriginalValue = request.Version;
        request.ApplyTo(activity, staff);
        audit.Add(db, OutreachAudit.ActivityUpdated, staff.UserId, staff.OrganisationId, OutreachAudit.Activity(activity.Id),
            $"{activity.Status}, {activity.ReachedTotal} reached");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(ActivityResponse.From(activity));
    }
}
