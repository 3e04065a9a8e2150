using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Sessions;

/// <summary>What every session use case shares: finding a session, counting and locking its seats.</summary>
public static class SessionRules
{
    /// <summary>The languages sessions are given in: French, Arabic, Darija, Tamazight, English.</summary>
    public static readonly string[] Languages = ["fr", "ar", "ary", "tzm", "en"];

    /// <summary>The languages messages are written in (the templates' languages).</summary>
    public static readonly string[] MessageLanguages = ["fr", "ar", "en"];

    public const int MinMinutes = 30;
    public const int MaxMinutes = 480;
    public const int MaxCapacity = 500;

    public const string FullProblemType = "https://amuddu.org/problems/session-full";

    /// <summary>Another organisation's session is "not found", like one that does not exist.</summary>
    public static Task<InfoSession?> FindAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken) =>
        db.InfoSessions.SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == staff.OrganisationId, cancellationToken);

    /// <summary>Places held: everyone registered, present or absent, but not the cancelled.</summary>
    public static Task<int> TakenAsync(AmudduDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        db.SessionRegistrations.CountAsync(r => r.SessionId == sessionId && r.Status != RegistrationStatus.Cancelled, cancellationToken);

    public static async Task<Dictionary<Guid, int>> TakenAsync(AmudduDbContext db, IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken) =>
        await db.SessionRegistrations.Where(r => sessionIds.Contains(r.SessionId) && r.Status != RegistrationStatus.Cancelled)
            .GroupBy(r => r.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>
    /// Takes a write lock on the session's row for the rest of the transaction, so that two people
    /// taking the last seat are counted one after the other (a row lock on PostgreSQL, the database
    /// write lock on SQLite) and only one of them gets it.
    /// </summary>
    public static Task LockSeatsAsync(AmudduDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        db.InfoSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, x => x.Capacity), cancellationToken);

    public static ProblemHttpResult Full(IStringLocalizer text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: text["SessionFull"], type: FullProblemType);

    /// <summary>People can still be registered until the session starts, unless it was cancelled or closed.</summary>
    public static bool OpenForRegistration(InfoSession session, DateTimeOffset now) =>
        session.Status is SessionStatus.Planned or SessionStatus.Published && session.StartsAt > now;

    /// <summary>An active staff member of the organisation with the given roles.</summary>
    public static Task<bool> HasRoleAsync(AmudduDbContext db, Guid organisationId, Guid userId, IReadOnlyCollection<string> roles,
        CancellationToken cancellationToken) =>
        (from u in db.Users
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where u.Id == userId && u.OrganisationId == organisationId && u.IsActive && roles.Contains(r.Name!)
         select u.Id).AnyAsync(cancellationToken);

    /// <summary>The organisation's active staff in <paramref name="roles"/>, by name, for the co-facilitator lists.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> StaffAsync(AmudduDbContext db, Guid organisationId, IReadOnlyCollection<string> roles)
    {
        var roleIds = db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        return [.. users.Select(u => (u.Id, u.DisplayName))];
    }

    /// <summary>The 409 for a session that is not as the caller last read it.</summary>
    public static ProblemHttpResult? Stale(InfoSession session, long version, IStringLocalizer text) =>
        session.Version != version ? Conflicts.Of(text["EditedByOther"]) : null;
}
