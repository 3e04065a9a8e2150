using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Home;

/// <summary>
/// A partner caseworker's inbox: the referrals received by their organisation that still wait for it (to answer,
/// or accepted and not yet served), the overdue ones first, then by the date the answer is due. Names no one,
/// like the received box it summarises.
/// </summary>
public static class ReferralInbox
{
    public sealed record Inbox(int Overdue, WorkList<ReferralListItem> List);

    public static async Task<Inbox> LoadAsync(AmudduDbContext db, ICurrentStaff staff, DateOnly today, int take, CancellationToken cancellationToken)
    {
        var open = ReferralAccess.Received(db, staff).AsNoTracking()
            .Where(r => r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Received
                || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress);
        var counts = await open.GroupBy(Referral.OverdueFirst(today)).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var total = counts.Sum(c => c.Count);
        if (total == 0)
        {
            return new Inbox(0, WorkList<ReferralListItem>.Empty);
        }

        // The overdue first, then those to answer, by their date: ordered on the recipient's covering index (a national
        // partner has tens of thousands open), then only the lines shown are read.
        var ids = await ListReferrals.OverdueFirst(open, today).Take(take).Select(r => r.Id).ToListAsync(cancellationToken);
        var rows = await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var referrals = ids.Select(id => rows[id]).ToList();
        var items = await ListReferrals.ItemsAsync(db, staff, referrals, today, namePeople: false, cancellationToken);
        return new Inbox(counts.Where(c => c.Key == 0).Sum(c => c.Count), new WorkList<ReferralListItem>(items, total));
    }
}
