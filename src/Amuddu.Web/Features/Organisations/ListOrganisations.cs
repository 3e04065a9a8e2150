using Amuddu.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Organisations;

/// <summary>The directory of partner organisations: names and kinds only, visible to all staff.</summary>
public static class ListOrganisations
{
    public static async Task<Ok<List<OrganisationSummary>>> Handle(
        AmudduDbContext db, OrganisationKind? kind, CancellationToken cancellationToken)
    {
        var query = db.Organisations.AsNoTracking().Where(o => o.IsActive);
        if (kind is { } k)
        {
            query = query.Where(o => o.Kind == k);
        }

        var list = await query.OrderBy(o => o.Name)
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Acronym, o.Kind, o.RegionCode))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(list);
    }
}
