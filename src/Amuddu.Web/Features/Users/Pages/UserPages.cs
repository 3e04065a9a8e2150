using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Users.Pages;

internal static class UserPages
{
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> SitesAsync(AmudduDbContext db, ICurrentStaff staff)
    {
        var organisationId = staff.OrganisationId;
        var sites = await db.Sites.AsNoTracking().Where(s => s.OrganisationId == organisationId && s.IsActive)
            .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync();
        return [.. sites.Select(s => (s.Id, s.Name))];
    }

    /// <summary>Checkboxes post one "role" value per ticked box.</summary>
    public static string[] PostedRoles(HttpContext http) =>
        http.Request.HasFormContentType ? [.. http.Request.Form["role"].OfType<string>()] : [];
}
