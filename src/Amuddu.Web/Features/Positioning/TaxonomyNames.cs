using System.Globalization;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Positioning;

/// <summary>Code → name in the reader's language, for pages: occupations by ISCO group, skills by kind.</summary>
public static class TaxonomyNames
{
    public sealed record Entry(string Code, string Name, string Group);

    public static async Task<IReadOnlyList<Entry>> OccupationsAsync(AmudduDbContext db)
    {
        var culture = CultureInfo.CurrentUICulture;
        var occupations = await db.Occupations.AsNoTracking().Where(o => o.IsActive).ToListAsync();
        return [.. occupations.OrderBy(o => o.IscoGroup).ThenBy(o => o.NameIn(culture), StringComparer.Create(culture, ignoreCase: true))
            .Select(o => new Entry(o.Code, o.NameIn(culture), o.MajorGroup))];
    }

    public static async Task<IReadOnlyList<Entry>> SkillsAsync(AmudduDbContext db)
    {
        var culture = CultureInfo.CurrentUICulture;
        var skills = await db.Skills.AsNoTracking().Where(s => s.IsActive).ToListAsync();
        return [.. skills.OrderBy(s => s.Kind).ThenBy(s => s.NameIn(culture), StringComparer.Create(culture, ignoreCase: true))
            .Select(s => new Entry(s.Code, s.NameIn(culture), s.Kind.ToString()))];
    }
}
