using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Home;

/// <summary>
/// A programme officer's applications: how many the organisation has in each status, and those waiting for a
/// decision (submitted, eligibility checked, under review) the nearest deadline first, as the queue orders them.
/// </summary>
public static class ApplicationsToDecide
{
    public sealed record Item(Guid Id, string Reference, string Programme, ProgrammeKind Kind, ApplicationStatus Status, DateOnly? DecideBy, bool Overdue);

    public sealed record Queue(IReadOnlyDictionary<ApplicationStatus, int> Counts, int Overdue, WorkList<Item> Pending);

    public static async Task<Queue> LoadAsync(AmudduDbContext db, ICurrentStaff staff, DateOnly today, int take, CancellationToken cancellationToken)
    {
        var visible = ApplicationAccess.Visible(db, staff).AsNoTracking();
        var counts = await visible.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var waiting = DecisionRules.Pending.Sum(s => counts.GetValueOrDefault(s));
        if (waiting == 0)
        {
            return new Queue(counts, 0, WorkList<Item>.Empty);
        }

        var overdue = await visible.CountAsync(ListQueue.OverdueOn(today), cancellationToken);
        var rows = await (
            from a in visible
            where DecisionRules.Pending.Contains(a.Status)
            join p in db.Programmes on a.ProgrammeId equals p.Id
            orderby a.DecideBy == null, a.DecideBy, a.SubmittedAt == null, a.SubmittedAt, a.Reference
            select new { a.Id, a.Reference, p.Name, p.Kind, a.Status, a.DecideBy }).Take(take).ToListAsync(cancellationToken);
        return new Queue(counts, overdue, new WorkList<Item>(
            [.. rows.Select(r => new Item(r.Id, r.Reference, r.Name, r.Kind, r.Status, r.DecideBy, ListQueue.IsOverdue(r.Status, r.DecideBy, today)))], waiting));
    }
}
