using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Users;

public static class ListUsers
{
    public static async Task<Ok<List<UserResponse>>> Handle(
        AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await Query(db, staff.OrganisationId!.Value, clock.GetUtcNow(), null, cancellationToken));

    /// <summary>Users of one organisation with their roles, in two queries whatever their number.</summary>
    internal static async Task<List<UserResponse>> Query(
        AmudduDbContext db, Guid organisationId, DateTimeOffset now, Guid? onlyUser, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && (onlyUser == null || u.Id == onlyUser))
            .OrderBy(u => u.DisplayName)
            .ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return [.. users.Select(u => new UserResponse(
            u.Id, u.Email ?? "", u.DisplayName, u.OrganisationId, u.SiteId, [.. byUser[u.Id].Order(StringComparer.Ordinal)],
            u.IsActive, u.TwoFactorEnabled, u.LockoutEnd > now, u.ConcurrencyStamp ?? "", u.ManagerId))];
    }
}
