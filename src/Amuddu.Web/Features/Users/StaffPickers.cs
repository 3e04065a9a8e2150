using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Users;

/// <summary>
/// Who can hold a task, in one place: the staff lists of forms ("Conseiller", "Responsable") and the handlers that check
/// what was posted both read these, so an analyst, a programme officer or an administrator is never offered a person's file
/// or an action-plan step.
/// </summary>
public static class StaffPickers
{
    /// <summary>The roles that follow people's files: a person's counsellor, an interview's, an appointment's.</summary>
    public static readonly IReadOnlyList<string> CounsellorRoles = Policies.PeopleFileRoles;

    /// <summary>The roles that can carry an action-plan step: the counsellors, and the community agents who accompany people.</summary>
    public static readonly IReadOnlyList<string> StepOwnerRoles = [.. Policies.PeopleFileRoles, Roles.CommunityAgent];

    /// <summary>The active staff of <paramref name="organisationId"/> who hold one of <paramref name="roles"/>.</summary>
    public static IQueryable<StaffUser> Holding(AmudduDbContext db, Guid organisationId, IReadOnlyList<string> roles) =>
        Holding(db, organisationId, roles, current: null);

    private static IQueryable<StaffUser> Holding(AmudduDbContext db, Guid organisationId, IReadOnlyList<string> roles, Guid? current)
    {
        var names = roles.ToArray();
        var roleIds = db.Roles.Where(r => names.Contains(r.Name!)).Select(r => r.Id);
        return db.Users.Where(u => u.OrganisationId == organisationId
            && (u.Id == current || (u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))));
    }

    /// <summary>Id → name, by name, for a "Conseiller" list; <paramref name="current"/> (the one recorded today) stays listed.</summary>
    public static Task<Dictionary<Guid, string>> CounsellorsAsync(AmudduDbContext db, Guid organisationId, Guid? current = null) =>
        ListAsync(Holding(db, organisationId, CounsellorRoles, current));

    /// <summary>Id → name, by name, for a step's "Responsable" list; <paramref name="current"/> (the step's owner today) stays listed.</summary>
    public static Task<Dictionary<Guid, string>> StepOwnersAsync(AmudduDbContext db, Guid organisationId, Guid? current = null) =>
        ListAsync(Holding(db, organisationId, StepOwnerRoles, current));

    private static async Task<Dictionary<Guid, string>> ListAsync(IQueryable<StaffUser> users)
    {
        var list = await users.AsNoTracking().Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        return list.OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToDictionary(u => u.Id, u => u.DisplayName);
    }
}
