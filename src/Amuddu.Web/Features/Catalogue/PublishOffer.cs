using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>Puts an offer on the public catalogue (and in the HSDS endpoints), once it says enough for a visitor to act on.</summary>
public static class PublishOffer
{
    public static Task<Results<Ok<OfferResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, OfferVersion request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        OfferChanges.MoveAsync(id, request, OfferStatus.Published, CatalogueAudit.Published, db, staff, audit, clock, text, cancellationToken);

    /// <summary>
    /// What a visitor needs and the offer lacks: its name and a description in French (the
    /// language every visitor can fall back on), a place to go, and a language it is given in.
    /// </summary>
    public static ValidationErrors MissingForPublishing(Offer offer, IStringLocalizer<SharedResource> text)
    {
        var errors = new ValidationErrors(text);
        var french = offer.Texts.FirstOrDefault(t => t.Language == OfferLanguages.French);
        var inFrench = text["Catalogue.In.fr"];
        if (string.IsNullOrWhiteSpace(french?.Name))
        {
            errors.Add("texts.fr.name", text["Catalogue.FieldRequiredIn", text["Catalogue.Name"], inFrench]);
        }

        if (string.IsNullOrWhiteSpace(french?.Description))
        {
            errors.Add("texts.fr.description", text["Catalogue.FieldRequiredIn", text["Catalogue.Description"], inFrench]);
        }

        if (offer.SiteId is null && string.IsNullOrWhiteSpace(offer.Address))
        {
            errors.Add("address", text["Catalogue.PlaceNeeded"]);
        }

        if (offer.Languages.Count == 0)
        {
            errors.Add("languages", text["FieldRequired", text["Catalogue.Languages"]]);
        }

        return errors;
    }
}
