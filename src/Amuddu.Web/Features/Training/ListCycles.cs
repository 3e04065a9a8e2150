using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Components.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>The cycles the caller may read, newest period first, 25 a page.</summary>
public static class ListCycles
{
    public const int PageSize = 25;

    public static async Task<Ok<TrainingCycleList>> Handle(int? page, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        TypedResults.Ok(await LoadAsync(db, staff, page ?? 1, cancellationToken));

    public static async Task<TrainingCycleList> LoadAsync(AmudduDbContext db, ICurrentStaff staff, int page, CancellationToken cancellationToken)
    {
        var query = TrainingAccess.Cycles(db, staff).AsNoTracking();
        var total = await query.CountAsync(cancellationToken);
        var count = Pager.Count(total, PageSize);
        page = Math.Clamp(page, 1, count);
        var cycles = await query.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Title).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new
            {
                c.Id, c.Title, c.StartsOn, c.EndsOn, c.Status, c.Capacity,
                DeliveredBy = db.Organisations.Where(o => o.Id == c.DeliveredById).Select(o => o.Acronym ?? o.Name).FirstOrDefault(),
                Enrolled = db.CycleParticipants.Count(p => p.CycleId == c.Id && p.Status == ParticipantStatus.Enrolled),
                Waiting = db.CycleParticipants.Count(p => p.CycleId == c.Id && p.Status == ParticipantStatus.WaitingList),
            })
            .ToListAsync(cancellationToken);
        return new TrainingCycleList([.. cycles.Select(c => new TrainingCycleSummary(c.Id, c.Title, c.DeliveredBy ?? "", c.StartsOn, c.EndsOn, c.Status, c.Capacity,
            c.Enrolled, c.Waiting))], page, count, total);
    }
}
