using Microsoft.EntityFrameworkCore;
using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Users.Pages;

internal static class UserPages
{
    /// <summary>Who may be named manager: the organisation's active accounts, but not the account itself.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> ManagersAsync(Data.AmudduDbContext db, ICurrentStaff staff, Guid? except)
    {
        var users = await db.Users.Where(u => u.OrganisationId == staff.OrganisationId && u.IsActive && u.Id != except).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        return [.. users.Select(u => (u.Id, u.DisplayName))];
    }

    /// <summary>Checkboxes post one "role" value per ticked box.</summary>
    public static string[] PostedRoles(HttpContext http) =>
        http.Request.HasFormContentType ? [.. http.Request.Form["role"].OfType<string>()] : [];
}
