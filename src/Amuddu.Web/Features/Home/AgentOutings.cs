using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Home;

/// <summary>
/// A community agent's work: their outings coming and just done, the information sessions they run, and the
/// people they pre-registered still waiting to be received (open, the longest waiting first). Their own, as
/// on the outreach page.
/// </summary>
public static class AgentOutings
{
    /// <summary>A session stays "coming" for 8 hours after its start, as on the sessions page, so attendance can be taken.</summary>
    public static readonly TimeSpan SessionGrace = TimeSpan.FromHours(8);

    public sealed record Outing(Guid Id, DateTimeOffset PlannedAt, string City, string? Neighbourhood, OutreachStatus Status, int ReachedTotal);

    public sealed record Session(Guid Id, string Title, DateTimeOffset StartsAt, SessionStatus Status);

    public sealed record PreRegistered(Guid Id, string Name, DateTimeOffset CreatedAt);

    public sealed record Work(WorkList<Outing> Coming, IReadOnlyList<Outing> Recent, IReadOnlyList<Session> Sessions, WorkList<PreRegistered> ToFollow);

    public static async Task<Work> LoadAsync(AmudduDbContext db, ICurrentStaff staff, DateTimeOffset now, int take, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId;
        var userId = staff.UserId;
        var mine = db.OutreachActivities.AsNoTracking().Where(a => a.OrganisationId == organisationId && a.Agents.Any(x => x.AgentId == userId));
        var coming = mine.Where(a => a.PlannedAt >= now && a.Status == OutreachStatus.Planned);
        var comingCount = await coming.CountAsync(cancellationToken);
        var comingRows = comingCount == 0 ? []
            : await coming.OrderBy(a => a.PlannedAt).Take(take)
                .Select(a => new Outing(a.Id, a.PlannedAt, a.City, a.Neighbourhood, a.Status, a.ReachedTotal)).ToListAsync(cancellationToken);
        var recent = await mine.Where(a => a.PlannedAt < now).OrderByDescending(a => a.PlannedAt).Take(3)
            .Select(a => new Outing(a.Id, a.PlannedAt, a.City, a.Neighbourhood, a.Status, a.ReachedTotal)).ToListAsync(cancellationToken);
        var from = now - SessionGrace;
        var sessions = await db.InfoSessions.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId && s.AgentId == userId && s.StartsAt >= from && s.Status != SessionStatus.Cancelled)
            .OrderBy(s => s.StartsAt).Take(take).Select(s => new Session(s.Id, s.Title, s.StartsAt, s.Status)).ToListAsync(cancellationToken);
        var open = PreRegistrationAccess.Visible(db, staff).AsNoTracking().Where(p => p.Status == PreRegistrationStatus.Open);
        var openCount = await open.CountAsync(cancellationToken);
        var openRows = openCount == 0 ? []
            : await open.OrderBy(p => p.CreatedAt).Take(take).Select(p => new { p.Id, p.FirstName, p.LastName, p.CreatedAt }).ToListAsync(cancellationToken);
        return new Work(new WorkList<Outing>(comingRows, comingCount), recent, sessions,
            new WorkList<PreRegistered>([.. openRows.Select(p => new PreRegistered(p.Id,
                string.Join(' ', new[] { p.FirstName, p.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))), p.CreatedAt))], openCount));
    }
}
