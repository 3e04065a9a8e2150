using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Outreach;

/// <summary>
/// Pre-registrations, newest first: an agent's own, or for counsellors the organisation's
/// (open ones unless another status is asked for).
/// </summary>
public static class ListPreRegistrations
{
    public static async Task<Ok<List<PreRegistrationResponse>>> Handle(
        AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken,
        PreRegistrationStatus? status = null, Guid? activityId = null)
    {
        var list = await LoadAsync(db, staff, status ?? PreRegistrationStatus.Open, activityId, 500, cancellationToken);
        return TypedResults.Ok(list);
    }

    public static async Task<List<PreRegistrationResponse>> LoadAsync(
        AmudduDbContext db, ICurrentStaff staff, PreRegistrationStatus status, Guid? activityId, int take, CancellationToken cancellationToken)
    {
        var query = PreRegistrationAccess.Visible(db, staff).AsNoTracking().Where(p => p.Status == status);
        if (activityId is { } activity)
        {
            query = query.Where(p => p.OutreachActivityId == activity);
        }

        var rows = await query.OrderByDescending(p => p.CreatedAt).Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(PreRegistrationResponse.From)];
    }
}
