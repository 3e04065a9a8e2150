using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.ActionPlans;

public static class PathwayProgress
{
    /// <summary>
    /// A person with an agreed plan (or a first step) is in an action plan, unless already further
    /// along: an outcome is never undone here. Done in one statement that leaves the file's version
    /// alone, so that a colleague correcting the file at the same time is not told it changed.
    /// </summary>
    public static Task MoveToActionPlanAsync(AmudduDbContext db, Guid personId, CancellationToken cancellationToken) =>
        db.People.Where(p => p.Id == personId && (p.Stage == PathwayStage.Received || p.Stage == PathwayStage.Positioned))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stage, PathwayStage.InActionPlan), cancellationToken);
}
