using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Directory;

/// <summary>One published service of a partner; a draft, an archived offer or one outside the directory is missing.</summary>
public static class GetService
{
    public static async Task<Results<Ok<DirectoryService>, NotFound>> Handle(
        Guid offerId, AmudduDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.AsNoTracking().Include(o => o.Texts)
            .SingleOrDefaultAsync(o => o.Id == offerId && o.Status == OfferStatus.Published, cancellationToken);
        var organisation = offer is null
            ? null
            : await Partners.In(db.Organisations.AsNoTracking()).SingleOrDefaultAsync(o => o.Id == offer.OrganisationId, cancellationToken);
        return organisation is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(Partners.Service(offer!, organisation, CultureInfo.CurrentUICulture, SiteTime.Today(clock)));
    }
}
