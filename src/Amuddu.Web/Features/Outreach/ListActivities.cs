using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Outreach;

/// <summary>The organisation's activities in a period (default: the last three months and the next one), latest first.</summary>
public static class ListActivities
{
    public static async Task<Ok<List<ActivityResponse>>> Handle(
        AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken,
        DateOnly? from = null, DateOnly? to = null, Guid? agentId = null, OutreachStatus? status = null)
    {
        var today = SiteTime.Today(clock);
        var start = SiteTime.StartOf(from ?? today.AddMonths(-3));
        var end = SiteTime.StartOf((to ?? today.AddMonths(1)).AddDays(1));
        var activities = await Query(db, staff.OrganisationId!.Value, start, end, agentId, status)
            .OrderByDescending(a => a.PlannedAt).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(activities.Select(ActivityResponse.From).ToList());
    }

    public static IQueryable<OutreachActivity> Query(
        AmudduDbContext db, Guid organisationId, DateTimeOffset start, DateTimeOffset end, Guid? agentId, OutreachStatus? status)
    {
        var query = db.OutreachActivities.AsNoTracking().Include(a => a.Agents)
            .Where(a => a.OrganisationId == organisationId && a.PlannedAt >= start && a.PlannedAt < end);
        if (agentId is { } agent)
        {
            query = query.Where(a => a.Agents.Any(x => x.AgentId == agent));
        }

        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        return query;
    }
}
