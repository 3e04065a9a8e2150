using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Directory;

/// <summary>A partner's profile and its published services; an employer, a donor or an inactive organisation is missing.</summary>
public static class GetPartner
{
    public static async Task<Results<Ok<PartnerDetail>, NotFound>> Handle(
        Guid organisationId, AmudduDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var detail = await FindAsync(db, organisationId, clock, cancellationToken);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(detail);
    }

    public static async Task<PartnerDetail?> FindAsync(AmudduDbContext db, Guid organisationId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var organisation = await Partners.In(db.Organisations.AsNoTracking()).SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var culture = CultureInfo.CurrentUICulture;
        var today = SiteTime.Today(clock);
        var offers = await db.Offers.AsNoTracking().Include(o => o.Texts)
            .Where(o => o.OrganisationId == organisationId && o.Status == OfferStatus.Published)
            .ToListAsync(cancellationToken);
        var services = offers.Select(o => Partners.Service(o, organisation, culture, today))
            .OrderBy(s => s.Name, StringComparer.Create(culture, ignoreCase: true)).ToList();
        return new PartnerDetail(Partners.Profile(organisation, services.Count, today), services);
    }
}
