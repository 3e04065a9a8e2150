using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Organisations;

public static class OwnSites
{
    /// <summary>The active sites of the signed-in user's organisation, by name, for select lists.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> LoadAsync(AmudduDbContext db, ICurrentStaff staff)
    {
        var organisationId = staff.OrganisationId;
        var sites = await db.Sites.AsNoTracking().Where(s => s.OrganisationId == organisationId && s.IsActive)
            .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync();
        return [.. sites.Select(s => (s.Id, s.Name))];
    }
}
