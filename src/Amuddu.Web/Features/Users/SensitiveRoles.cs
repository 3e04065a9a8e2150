using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Users;

/// <summary>
/// Roles that make someone one of the two pairs of eyes on money or on a person's file. Each grant is an
/// audit event of its own, and the organisation's administrators see the recent ones, so that one
/// administrator cannot quietly stand up the second approver of a four-eyes decision.
/// </summary>
public static class SensitiveRoles
{
    public static readonly IReadOnlyList<string> All = [Roles.ProgrammeOfficer, Roles.Counsellor];

    /// <summary>How far back the administrators' list goes.</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromDays(90);

    /// <summary>Adds one audit entry per sensitive role granted, saved with the change that grants it.</summary>
    public static void AddGrants(AmudduDbContext db, AuditLog audit, ICurrentStaff staff, StaffUser user, IEnumerable<string> granted)
    {
        foreach (var role in granted.Distinct(StringComparer.Ordinal).Where(r => All.Contains(r, StringComparer.Ordinal)))
        {
            audit.Add(db, AuditActions.SensitiveRoleGranted, staff.UserId, user.OrganisationId, $"user {user.Id}", role);
        }
    }

    public sealed record Grant(DateTimeOffset At, string GrantedBy, string GrantedTo, string Role);

    /// <summary>The organisation's grants of the last <see cref="Recent"/>, newest first, with who gave them to whom.</summary>
    public static async Task<List<Grant>> RecentAsync(AmudduDbContext db, Guid organisationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - Recent;
        var events = await db.AuditEvents.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.OccurredAt >= since && a.Action == AuditActions.SensitiveRoleGranted)
            .OrderByDescending(a => a.OccurredAt).Take(50)
            .Select(a => new { a.OccurredAt, a.UserId, a.Subject, a.Detail })
            .ToListAsync(cancellationToken);
        var ids = events.Select(e => e.UserId).OfType<Guid>()
            .Concat(events.Select(e => Guid.TryParse(e.Subject?.Replace("user ", "", StringComparison.Ordinal), out var id) ? id : Guid.Empty))
            .Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string Name(Guid? id) => id is { } known && names.TryGetValue(known, out var name) ? name : "—";
        return [.. events.Select(e => new Grant(e.OccurredAt, Name(e.UserId),
            Name(Guid.TryParse(e.Subject?.Replace("user ", "", StringComparison.Ordinal), out var to) ? to : null), e.Detail ?? ""))];
    }
}
