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
/// A backlog (a national network's first pass: a hundred thousand overdue referrals) goes in batches of
/// <see cref="BatchSize"/>, oldest first, each saved in one short transaction with a pause after it, so that
/// staff writes go between them (SQLite has one writer); each sender's manager is looked up once a pass.
/// On several instances at once, a referral's version lets one escalation through.
/// </summary>
public static class EscalateOverdueReferrals
{
    public const int BatchSize = 200;

    /// <param name="pause">Between two batches: room for the staff's writes (none in the tests).</param>
    public static async Task<int> RunAsync(
        AmudduDbContext db, AuditLog audit, FieldProtector protector, TimeProvider clock, CancellationToken cancellationToken, TimeSpan pause = default)
    {
        var today = SiteTime.Today(clock);
        var managers = new Dictionary<(Guid Sender, Guid Organisation), Guid?>();
        // Left for the next pass: senders with nobody to escalate to, referrals that moved under this pass twice.
        var unescalatedSenders = new List<Guid>();
        var moved = new List<Guid>();
        var escalated = 0;
        while (true)
        {
            db.ChangeTracker.Clear();
            var batch = await db.Referrals.Where(Referral.OverdueOn(today))
                .Where(r => r.EscalatedAt == null && !unescalatedSenders.Contains(r.SenderUserId) && !moved.Contains(r.Id))
                .OrderBy(r => r.RespondBy).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return escalated;
            }

            var toEscalate = new List<(Guid Referral, Guid Manager)>();
            foreach (var referral in batch)
            {
                var sender = (referral.SenderUserId, referral.SenderOrganisationId);
                if (!managers.TryGetValue(sender, out var manager))
                {
                    managers[sender] = manager = await ManagerOfAsync(db, referral, cancellationToken);
                }

                if (manager is { } managerId)
                {
                    await EscalateAsync(db, audit, protector, clock, referral, managerId, cancellationToken);
                    toEscalate.Add((referral.Id, managerId));
                }
                else if (!unescalatedSenders.Contains(referral.SenderUserId))
                {
                    unescalatedSenders.Add(referral.SenderUserId);
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                escalated += toEscalate.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone answered or moved one of them meanwhile: each again on its own, as it stands now.
                foreach (var (id, managerId) in toEscalate)
                {
                    db.ChangeTracker.Clear();
                    var referral = await db.Referrals.SingleAsync(r => r.Id == id, cancellationToken);
                    if (referral.EscalatedAt is not null || !referral.IsOverdueOn(today))
                    {
                        continue;
                    }

                    await EscalateAsync(db, audit, protector, clock, referral, managerId, cancellationToken);
                    try
                    {
                        await db.SaveChangesAsync(cancellationToken);
                        escalated++;
                    }
                    catch (DbUpdateConcurrencyException)
                    {
                        moved.Add(id);
                    }
                }
            }

            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause, cancellationToken);
            }
        }
    }

    private static async Task EscalateAsync(
        AmudduDbContext db, AuditLog audit, FieldProtector protector, TimeProvider clock, Referral referral, Guid managerId, CancellationToken cancellationToken)
    {
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
        audit.Add(db, ReferralAudit.Escalated, null, referral.SenderOrganisationId, ReferralAudit.Subject(referral.Id), $"to user {managerId}");
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
