using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>One of the caller's organisation's offers; another organisation's is answered as missing.</summary>
public static class GetOffer
{
    public static async Task<Results<Ok<OfferResponse>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken)
    {
        var offer = await FindAsync(db, staff, id, cancellationToken);
        return offer is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(OfferResponse.From(offer, SiteTime.Today(clock)));
    }

    /// <summary>The offer with its texts, tracked, when it belongs to the caller's organisation.</summary>
    public static Task<Offer?> FindAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId;
        return db.Offers.Include(o => o.Texts).SingleOrDefaultAsync(o => o.Id == id && o.OrganisationId == organisationId, cancellationToken);
    }
}
