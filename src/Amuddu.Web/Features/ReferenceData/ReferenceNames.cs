using System.Globalization;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.ReferenceData;

public static class ReferenceNames
{
    /// <summary>
    /// Code → name in the current language, for pages and select lists: regions in their official order
    /// (MA-01 to MA-12), everything else alphabetically in the reader's language.
    /// </summary>
    public static async Task<Dictionary<string, string>> LoadAsync(AmudduDbContext db, ReferenceKind kind)
    {
        var culture = CultureInfo.CurrentUICulture;
        var items = await db.ReferenceItems.AsNoTracking().Where(r => r.Kind == kind && r.IsActive).ToListAsync();
        var ordered = kind == ReferenceKind.Region
            ? items.OrderBy(r => r.Code, StringComparer.Ordinal)
            : items.OrderBy(r => r.NameIn(culture), StringComparer.Create(culture, ignoreCase: true));
        return ordered.ToDictionary(r => r.Code, r => r.NameIn(culture));
    }
}
