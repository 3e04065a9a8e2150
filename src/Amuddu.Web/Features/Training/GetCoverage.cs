using Amuddu.Web.Components.Shared;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// Who of the organisation's counsellors completed which module, and when; for each agency and region the share of its
/// counsellors who completed each module. Modules are compared across cycles by their theme (the 2020 cycle's module 3
/// and a later cycle's module on reception, positioning and follow-up are the same training).
/// </summary>
public static class GetCoverage
{
    public const int PageSize = 25;

    public sealed record ThemeCount(ModuleTheme Theme, int Completed, int Percent);

    public sealed record Group(string Key, string Name, int Counsellors, List<ThemeCount> Themes);

    public sealed record CounsellorRow(Guid UserId, string Name, string? Agency, string? RegionCode,
        Dictionary<ModuleTheme, DateOnly> Completed, List<ModuleTheme> Needs);

    public sealed record Coverage(List<ModuleTheme> Themes, int Counsellors, List<ThemeCount> Overall, List<Group> Agencies, List<Group> Regions,
        List<CounsellorRow> Items, int Page, int PageCount);

    public static async Task<Results<Ok<Coverage>, ForbidHttpResult>> Handle(int? page, bool? needsOnly, AmudduDbContext db, ICurrentStaff staff,
        CancellationToken cancellationToken) =>
        TrainingAccess.ReadsAll(staff) ? TypedResults.Ok(await LoadAsync(db, staff.OrganisationId!.Value, page ?? 1, needsOnly ?? false, cancellationToken))
        : TypedResults.Forbid();

    public static async Task<Coverage> LoadAsync(AmudduDbContext db, Guid organisationId, int page, bool needsOnly, CancellationToken cancellationToken)
    {
        var counsellorRoles = await db.Roles.Where(r => Policies.PeopleFileRoles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(cancellationToken);
        var counsellors = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && counsellorRoles.Contains(ur.RoleId)))
            .Select(u => new { u.Id, u.DisplayName, u.SiteId }).ToListAsync(cancellationToken);
        var sites = await db.Sites.AsNoTracking().Where(s => s.OrganisationId == organisationId)
            .ToDictionaryAsync(s => s.Id, s => (s.Name, s.RegionCode), cancellationToken);
        var themes = await db.TrainingModules.AsNoTracking()
            .Where(m => db.TrainingCycles.Any(c => c.Id == m.CycleId && c.OrganisationId == organisationId))
            .Select(m => m.Theme).Distinct().ToListAsync(cancellationToken);
        themes = [.. themes.Order()];
        var ids = counsellors.Select(c => c.Id).ToList();
        var completions = await db.ModuleCompletions.AsNoTracking().Where(c => ids.Contains(c.UserId))
            .Join(db.TrainingModules, c => c.ModuleId, m => m.Id, (c, m) => new { c.UserId, m.Theme, c.CompletedOn })
            .ToListAsync(cancellationToken);
        var firstDone = completions.GroupBy(c => c.UserId)
            .ToDictionary(g => g.Key, g => g.GroupBy(c => c.Theme).ToDictionary(t => t.Key, t => t.Min(c => c.CompletedOn)));

        var rows = counsellors.Select(c =>
        {
            var site = c.SiteId is { } s && sites.TryGetValue(s, out var found) ? found : default;
            var done = firstDone.GetValueOrDefault(c.Id) ?? [];
            return new CounsellorRow(c.Id, c.DisplayName, site.Name, site.RegionCode, done, [.. themes.Where(t => !done.ContainsKey(t))]);
        }).OrderBy(r => r.Agency ?? "\uffff", StringComparer.CurrentCulture).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();

        List<ThemeCount> Count(IReadOnlyCollection<CounsellorRow> group) =>
            [.. themes.Select(t =>
            {
                var completed = group.Count(r => r.Completed.ContainsKey(t));
                return new ThemeCount(t, completed, group.Count == 0 ? 0 : (int)Math.Round(100.0 * completed / group.Count));
            })];

        var agencies = rows.GroupBy(r => r.Agency ?? "").OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new Group(g.Key, g.Key, g.Count(), Count([.. g]))).ToList();
        var regions = rows.GroupBy(r => r.RegionCode ?? "").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Group(g.Key, g.Key, g.Count(), Count([.. g]))).ToList();
        var listed = needsOnly ? rows.Where(r => r.Needs.Count > 0).ToList() : rows;
        var pages = Pager.Count(listed.Count, PageSize);
        page = Math.Clamp(page, 1, pages);
        return new Coverage(themes, rows.Count, Count(rows), agencies, regions, [.. listed.Skip((page - 1) * PageSize).Take(PageSize)], page, pages);
    }
}
