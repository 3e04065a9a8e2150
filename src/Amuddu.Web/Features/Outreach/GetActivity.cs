using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Outreach;

public static class GetActivity
{
    public static async Task<Results<Ok<ActivityResponse>, NotFound>> Handle(
        Guid activityId, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var activity = await FindAsync(db, staff, activityId, cancellationToken);
        return activity is null ? TypedResults.NotFound() : TypedResults.Ok(ActivityResponse.From(activity));
    }

    /// <summary>Another organisation's activity is "not found", like one that does not exist.</summary>
    public static Task<OutreachActivity?> FindAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken) =>
        db.OutreachActivities.AsNoTracking().Include(a => a.Agents)
            .SingleOrDefaultAsync(a => a.Id == id && a.OrganisationId == staff.OrganisationId, cancellationToken);
}
