using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Home;

/// <summary>
/// The payments a programme officer has to act on: tranches due (their condition met) waiting for a payment
/// order, and planned tranches whose date has come, waiting for their condition to be confirmed. The
/// organisation's running grants only; payment orders themselves are on the payments page.
/// </summary>
public static class TranchesToAct
{
    public sealed record Item(Guid ApplicationId, string Reference, string Programme, int Number, TrancheCondition Condition, TrancheStatus Status,
        DateOnly DueOn, long AmountCentimes);

    public sealed record Summary(int ToOrder, long ToOrderCentimes, int ToConfirm, WorkList<Item> List);

    public static async Task<Summary> LoadAsync(AmudduDbContext db, ICurrentStaff staff, DateOnly today, int skip, int take, CancellationToken cancellationToken)
    {
        var query = Waiting(db, staff, today);
        var counts = await query.GroupBy(x => x.Status).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(x => x.AmountCentimes) })
            .ToListAsync(cancellationToken);
        var toOrder = counts.SingleOrDefault(c => c.Key == TrancheStatus.Due);
        var toConfirm = counts.SingleOrDefault(c => c.Key == TrancheStatus.Planned);
        var total = counts.Sum(c => c.Count);
        if (total == 0)
        {
            return new Summary(0, 0, 0, WorkList<Item>.Empty);
        }

        var rows = await query.OrderBy(x => x.Status == TrancheStatus.Due ? 0 : 1).ThenBy(x => x.DueOn).ThenBy(x => x.Reference).ThenBy(x => x.Number)
            .Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new Summary(toOrder?.Count ?? 0, toOrder?.Sum ?? 0, toConfirm?.Count ?? 0, new WorkList<Item>(
            [.. rows.Select(r => new Item(r.ApplicationId, r.Reference, r.Programme, r.Number, r.Condition, r.Status, r.DueOn, r.AmountCentimes))], total));
    }

    /// <summary>Member init, which EF composes over (grouping, ordering); the record above is made in memory.</summary>
    private sealed class Row
    {
        public Guid ApplicationId { get; init; }
        public required string Reference { get; init; }
        public required string Programme { get; init; }
        public int Number { get; init; }
        public TrancheCondition Condition { get; init; }
        public TrancheStatus Status { get; init; }
        public DateOnly DueOn { get; init; }
        public long AmountCentimes { get; init; }
    }

    private static IQueryable<Row> Waiting(AmudduDbContext db, ICurrentStaff staff, DateOnly today) =>
        from t in db.Tranches.AsNoTracking()
        join a in ApplicationAccess.Visible(db, staff) on t.ApplicationId equals a.Id
        join p in db.Programmes on a.ProgrammeId equals p.Id
        where (a.Status == ApplicationStatus.Contracted || a.Status == ApplicationStatus.InPayment)
            && (t.Status == TrancheStatus.Due || (t.Status == TrancheStatus.Planned && t.DueOn <= today))
        select new Row
        {
            ApplicationId = a.Id, Reference = a.Reference, Programme = p.Name, Number = t.Number, Condition = t.Condition, Status = t.Status,
            DueOn = t.DueOn, AmountCentimes = t.AmountCentimes,
        };
}
