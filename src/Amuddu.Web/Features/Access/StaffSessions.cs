using System.Security.Claims;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Access;

public enum SessionState
{
    Active,
    Missing,
    Ended,
    Idle,
    Expired,
}

/// <summary>Starts, checks and ends the database-held sessions behind cookies and bearer tokens.</summary>
public sealed class StaffSessions(AmudduDbContext db, TimeProvider clock, IOptions<StaffSessionOptions> options)
{
    public async Task<Claim> StartAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var session = new StaffSession { UserId = userId, CreatedAt = now, LastSeenAt = now };
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return new Claim(AmudduClaims.SessionId, session.Id.ToString());
    }

    /// <summary>Checks the session named by the principal and keeps its last-seen time fresh.</summary>
    public async Task<SessionState> CheckAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (!TryGetSessionId(principal, out var id))
        {
            return SessionState.Missing;
        }

        var session = await db.StaffSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return SessionState.Missing;
        }

        if (session.EndedAt is not null)
        {
            return SessionState.Ended;
        }

        var now = clock.GetUtcNow();
        var limits = options.Value;
        var state = now - session.CreatedAt >= limits.AbsoluteTimeout ? SessionState.Expired
            : now - session.LastSeenAt >= limits.IdleTimeout ? SessionState.Idle
            : SessionState.Active;

        switch (state)
        {
            case SessionState.Active when now - session.LastSeenAt >= limits.TouchInterval:
                await db.StaffSessions.Where(s => s.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
                break;
            case SessionState.Idle or SessionState.Expired:
                await EndAsync(id, state == SessionState.Idle ? "idle" : "expired", cancellationToken);
                break;
            case SessionState.Active or SessionState.Missing or SessionState.Ended:
                break;
        }

        return state;
    }

    public async Task EndAsync(ClaimsPrincipal principal, string reason, CancellationToken cancellationToken = default)
    {
        if (TryGetSessionId(principal, out var id))
        {
            await EndAsync(id, reason, cancellationToken);
        }
    }

    private Task EndAsync(Guid id, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.StaffSessions.Where(s => s.Id == id && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), cancellationToken);
    }

    private static bool TryGetSessionId(ClaimsPrincipal principal, out Guid id) =>
        Guid.TryParse(principal.FindFirstValue(AmudduClaims.SessionId), out id);
}
