using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Users;

public static class OwnCounsellors
{
    /// <summary>The active staff of the signed-in user's organisation who follow people's files, by name, for select lists.</summary>
    public static Task<IReadOnlyList<(Guid Id, string Name)>> LoadAsync(AmudduDbContext db, ICurrentStaff staff) =>
        LoadAsync(db, staff.OrganisationId!.Value);

    public static async Task<IReadOnlyList<(Guid Id, string Name)>> LoadAsync(AmudduDbContext db, Guid organisationId)
    {
        var users = await StaffPickers.Holding(db, organisationId, StaffPickers.CounsellorRoles).AsNoTracking()
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        return [.. users.Select(u => (u.Id, u.DisplayName))];
    }
}
