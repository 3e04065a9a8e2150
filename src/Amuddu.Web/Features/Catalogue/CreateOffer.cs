using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>Enters a new offer of the caller's organisation, as a draft: nobody outside sees it until it is published.</summary>
public static class CreateOffer
{
    public static async Task<Results<Created<OfferResponse>, ValidationProblem>> Handle(
        OfferInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var today = SiteTime.Today(clock);
        var errors = await request.ValidateAsync(db, organisationId, today, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var offer = new Offer { OrganisationId = organisationId, Status = OfferStatus.Draft, RegionCode = "", City = "" };
        request.ApplyTo(offer);
        db.Offers.Add(offer);
        audit.Add(db, CatalogueAudit.Created, staff.UserId, organisationId, CatalogueAudit.Subject(offer.Id),
            offer.Kind.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/catalogue/offers/{offer.Id}", OfferResponse.From(offer, today));
    }
}
