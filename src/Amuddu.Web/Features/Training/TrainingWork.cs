using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// The training work of a home page: the next sessions, the past sessions whose attendance is still to record, and the
/// waiting lists. For the coordinator, the organisation's cycles; for a trainer (external or certified), the sessions they give.
/// </summary>
public static class TrainingWork
{
    public sealed record Item(Guid SessionId, Guid CycleId, string CycleTitle, int ModuleNumber, string ModuleTitle, DateTimeOffset StartsAt, string? Place);

    public sealed record Work(List<Item> Next, int NextCount, List<Item> ToRecord, int ToRecordCount, int Waiting);

    public static async Task<Work> LoadAsync(AmudduDbContext db, ICurrentStaff staff, bool asCoordinator, TimeProvider clock, int shown,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var me = staff.UserId ?? Guid.Empty;
        var organisation = staff.OrganisationId ?? Guid.Empty;
        var sessions = asCoordinator
            ? db.TrainingSessions.Where(s => db.TrainingCycles.Any(c => c.Id == s.CycleId && c.OrganisationId == organisation && c.Status != CycleStatus.Closed))
            : db.TrainingSessions.Where(s => db.TrainingSessionTrainers.Any(t => t.SessionId == s.Id && t.TrainerId == me));
        var planned = sessions.Where(s => s.Status == TrainingSessionStatus.Planned);
        var next = planned.Where(s => s.StartsAt >= now);
        var toRecord = planned.Where(s => s.StartsAt < now);
        var waiting = asCoordinator
            ? await db.CycleParticipants.CountAsync(p => p.Status == ParticipantStatus.WaitingList
                && db.TrainingCycles.Any(c => c.Id == p.CycleId && c.OrganisationId == organisation && c.Status != CycleStatus.Closed), cancellationToken)
            : 0;
        return new Work(await ItemsAsync(db, next.OrderBy(s => s.StartsAt), shown, cancellationToken), await next.CountAsync(cancellationToken),
            await ItemsAsync(db, toRecord.OrderBy(s => s.StartsAt), shown, cancellationToken), await toRecord.CountAsync(cancellationToken), waiting);
    }

    private static Task<List<Item>> ItemsAsync(AmudduDbContext db, IQueryable<TrainingSession> sessions, int shown, CancellationToken cancellationToken) =>
        sessions.Take(shown)
            .Join(db.TrainingModules, s => s.ModuleId, m => m.Id, (s, m) => new { s, m })
            .Join(db.TrainingCycles, x => x.s.CycleId, c => c.Id, (x, c) => new Item(x.s.Id, c.Id, c.Title, x.m.Number, x.m.Title, x.s.StartsAt, x.s.Place))
            .ToListAsync(cancellationToken);
}
