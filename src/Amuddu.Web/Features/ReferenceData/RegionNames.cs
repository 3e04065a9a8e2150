using System.Globalization;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.ReferenceData;

public static class RegionNames
{
    /// <summary>Region code → name in the current language, for pages that show regions.</summary>
    public static async Task<Dictionary<string, string>> LoadAsync(AmudduDbContext db)
    {
        var items = await db.ReferenceItems.AsNoTracking().Where(r => r.Kind == ReferenceKind.Region)
            .OrderBy(r => r.Code).ToListAsync();
        return items.ToDictionary(r => r.Code, r => r.NameIn(CultureInfo.CurrentUICulture));
    }
}
