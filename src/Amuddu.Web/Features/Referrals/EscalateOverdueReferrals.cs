using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// Overdue referrals go up to the sender's manager once: the manager named on the sender's account, or
/// else an active administrator of the sending organisation. A referral with no one to escalate to is
/// tried again at the next run. Run by <see cref="EscalationWorker"/>; the tests call it themselves.
/// </summary>
public static class EscalateOverdueReferrals
{
    public static async Task<int> RunAsync(
        AmudduDbContext db, AuditLog audit, FieldProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = SiteTime.Today(clock);
        var overdue = await db.Referrals.Where(Referral.OverdueOn(today)).Where(r => r.EscalatedAt == null)
            .OrderBy(r => r.RespondBy).Select(r => r.Id).ToListAsync(cancellationToken);
        var escalated = 0;
        foreach (var id in overdue)
        {
            // One at a time, each in its own change: a conflict on one leaves the others to go through.
            db.ChangeTracker.Clear();
            var referral = await db.Referrals.SingleAsync(r => r.Id == id, cancellationToken);
            if (await ManagerOfAsync(db, referral, cancellationToken) is not { } managerId)
            {
                continue;
            }

            var now = clock.GetUtcNow();
            referral.EscalatedAt = now;
            referral.EscalatedTo = managerId;
            db.ReferralEvents.Add(new ReferralEvent
            {
                ReferralId = referral.Id,
                At = now,
                ByOrganisationId = referral.SenderOrganisationId,
                Kind = ReferralEventKind.Escalated,
                Status = referral.Status,
            });
            await ReferralMessages.EscalatedAsync(db, protector, clock, referral, managerId, cancellationToken);
            audit.Add(db, ReferralAudit.Escalated, null, referral.SenderOrganisationId, ReferralAudit.Subject(referral.Id),
                $"to user {managerId}");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone answered or moved it meanwhile: the next run sees where it stands now.
                continue;
            }

            escalated++;
        }

        return escalated;
    }

    private static async Task<Guid?> ManagerOfAsync(AmudduDbContext db, Referral referral, CancellationToken cancellationToken)
    {
        var manager = await (from sender in db.Users
                             join m in db.Users on sender.ManagerId equals m.Id
                             where sender.Id == referral.SenderUserId && m.IsActive && m.OrganisationId == referral.SenderOrganisationId
                             select (Guid?)m.Id).SingleOrDefaultAsync(cancellationToken);
        return manager ?? await (from u in db.Users
                                 join ur in db.UserRoles on u.Id equals ur.UserId
                                 join r in db.Roles on ur.RoleId equals r.Id
                                 where u.OrganisationId == referral.SenderOrganisationId && u.IsActive && r.Name == Roles.Administrator
                                 orderby u.CreatedAt
                                 select (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
