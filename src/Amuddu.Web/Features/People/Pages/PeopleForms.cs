using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.People.Pages;

internal static class PeopleForms
{
    /// <summary>Code → name in the current language, sorted by name, for select lists.</summary>
    public static async Task<Dictionary<string, string>> NamesAsync(AmudduDbContext db, ReferenceKind kind)
    {
        var culture = CultureInfo.CurrentUICulture;
        var items = await db.ReferenceItems.AsNoTracking().Where(r => r.Kind == kind && r.IsActive).ToListAsync();
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        return items.OrderBy(r => kind == ReferenceKind.Region ? r.Code : r.NameIn(culture), kind == ReferenceKind.Region ? StringComparer.Ordinal : comparer)
            .ToDictionary(r => r.Code, r => r.NameIn(culture));
    }
}
