using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>
/// Changes an offer. The caller sends the version it read (409 when someone saved in between); a
/// published offer must stay complete enough to be published.
/// </summary>
public static class UpdateOffer
{
    public sealed record Request(OfferInput Offer, long Version);

    public static async Task<Results<Ok<OfferResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var offer = await GetOffer.FindAsync(db, staff, id, cancellationToken);
        if (offer is null)
        {
            return TypedResults.NotFound();
        }

        var today = SiteTime.Today(clock);
        var errors = request.Offer is null
            ? new ValidationErrors(text).Add("offer", text["FieldRequired", "offer"])
            : await request.Offer.ValidateAsync(db, offer.OrganisationId, today, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (offer.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        request.Offer!.ApplyTo(offer);
        if (offer.Status == OfferStatus.Published && PublishOffer.MissingForPublishing(offer, text) is { IsValid: false } missing)
        {
            return TypedResults.ValidationProblem(missing.ToDictionary(), title: text["Catalogue.PublishedMustStayComplete"]);
        }

        return await OfferChanges.SaveAsync(db, offer, request.Version, CatalogueAudit.Updated, staff, audit, today, text, cancellationToken);
    }
}
