using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Positioning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Vacancies;

/// <summary>The vacancies the caller sees, 25 a page, the latest first (filters: status, company, occupation).</summary>
public static class ListVacancies
{
    public const int PageSize = 25;

    // Init properties, not a positional record: the request delegate generator writes typeof(string?) for those (CS8639).
    public sealed record Query
    {
        public VacancyStatus? Status { get; init; }
        public Guid? CompanyId { get; init; }
        public string? OccupationCode { get; init; }
        public int? Page { get; init; }
    }

    public static async Task<Ok<VacancyPage>> Handle([AsParameters] Query query, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        TypedResults.Ok(await PageAsync(query, db, staff, cancellationToken));

    public static async Task<VacancyPage> PageAsync(Query query, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var rows = VacancyAccess.Visible(db, staff).AsNoTracking();
        if (query.Status is { } status)
        {
            rows = rows.Where(v => v.Status == status);
        }

        if (query.CompanyId is { } company)
        {
            rows = rows.Where(v => v.CompanyId == company);
        }

        if (!string.IsNullOrWhiteSpace(query.OccupationCode))
        {
            rows = rows.Where(v => v.OccupationCode == query.OccupationCode.Trim());
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = Math.Max(1, query.Page ?? 1);
        var found = await rows.OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Join(db.Organisations, v => v.CompanyId, o => o.Id, (v, o) => new { v.Id, v.Reference, v.CompanyId, o.Name, v.Status, v.Title, v.OccupationCode, v.Contract, v.Posts, v.StartsOn, v.ClosesOn })
            .ToListAsync(cancellationToken);
        var codes = found.Select(v => v.OccupationCode).Distinct().ToList();
        var culture = CultureInfo.CurrentUICulture;
        var occupations = (await db.Occupations.AsNoTracking().Where(o => codes.Contains(o.Code)).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Code, o => o.NameIn(culture));
        var items = found.Select(v => new VacancySummary(v.Id, v.Reference, v.CompanyId, v.Name, v.Status, v.Title, v.OccupationCode,
            occupations.GetValueOrDefault(v.OccupationCode, v.OccupationCode), v.Contract, v.Posts, v.StartsOn, v.ClosesOn)).ToList();
        return new VacancyPage(items, total, page, PageSize);
    }
}
