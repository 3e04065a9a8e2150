using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Vacancies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Employers;

/// <summary>The companies the service follows, a page at a time, by name; an employer sees its own only.</summary>
public static class ListCompanies
{
    public const int PageSize = 25;

    // Init properties, not a positional record: the request delegate generator writes typeof(string?) for those (CS8639).
    public sealed record Query
    {
        public CompanySector? Sector { get; init; }
        public string? Region { get; init; }
        public Guid? CounsellorId { get; init; }
        public string? Q { get; init; }
        public int? Page { get; init; }
    }

    public static async Task<Ok<CompanyPage>> Handle([AsParameters] Query query, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        TypedResults.Ok(await PageAsync(query, db, staff, cancellationToken));

    public static async Task<CompanyPage> PageAsync(Query query, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var rows = EmployerAccess.Visible(db, staff).AsNoTracking()
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new { c, o });
        if (query.Sector is { } sector)
        {
            rows = rows.Where(x => x.c.Sector == sector);
        }

        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            rows = rows.Where(x => x.o.RegionCode == query.Region);
        }

        if (query.CounsellorId is { } counsellor)
        {
            rows = rows.Where(x => x.c.CounsellorId == counsellor);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            var pattern = $"%{q.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            rows = rows.Where(x => EF.Functions.Like(x.o.Name.ToLower(), pattern.ToLower(), "\\") || x.c.Ice == q);
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = Math.Max(1, query.Page ?? 1);
        var items = await rows.OrderBy(x => x.o.Name).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new CompanySummary(
                x.c.OrganisationId, x.o.Name, x.c.Ice, x.c.Sector, x.c.Size, x.o.RegionCode, x.o.City, x.c.CounsellorId,
                db.Users.Where(u => u.Id == x.c.CounsellorId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Vacancies.Count(v => v.CompanyId == x.c.OrganisationId && v.Status == VacancyStatus.Open)))
            .ToListAsync(cancellationToken);
        return new CompanyPage(items, total, page, PageSize);
    }
}
