using Amuddu.Web.Data;
using Amuddu.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Home;

/// <summary>
/// An administrator's counts for their organisation: active accounts, accounts locked after failed sign-ins,
/// active accounts with no authenticator enrolled yet (invited, not yet signed in with a second factor),
/// deactivated accounts, and messages the outbox failed to send.
/// </summary>
public static class AdministrationFigures
{
    public sealed record Figures(int Active, int Locked, int WithoutAuthenticator, int Inactive, int FailedMessages);

    public static async Task<Figures> LoadAsync(AmudduDbContext db, Guid organisationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId).GroupBy(u => 1).Select(g => new
            {
                Active = g.Count(u => u.IsActive),
                Locked = g.Count(u => u.IsActive && u.LockoutEnd != null && u.LockoutEnd > now),
                WithoutAuthenticator = g.Count(u => u.IsActive && !u.TwoFactorEnabled),
                Inactive = g.Count(u => !u.IsActive),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var failed = await db.OutboxMessages.AsNoTracking().CountAsync(m => m.OrganisationId == organisationId && m.Status == OutboxStatus.Failed, cancellationToken);
        return new Figures(users?.Active ?? 0, users?.Locked ?? 0, users?.WithoutAuthenticator ?? 0, users?.Inactive ?? 0, failed);
    }
}
