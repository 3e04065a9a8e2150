using Amuddu.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Organisations;

public static class GetOrganisation
{
    public static async Task<Results<Ok<OrganisationResponse>, NotFound>> Handle(
        Guid id, AmudduDbContext db, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }

        var sites = await db.Sites.AsNoTracking().Where(s => s.OrganisationId == id && s.IsActive)
            .OrderBy(s => s.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(new OrganisationResponse(
            organisation.Id, organisation.Name, organisation.Acronym, organisation.Kind, organisation.RegionCode,
            organisation.IsActive, organisation.Version, [.. sites.Select(s => s.ToResponse())]));
    }
}
