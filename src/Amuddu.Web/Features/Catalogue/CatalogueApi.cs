using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Catalogue;

public static class CatalogueApi
{
    /// <summary>Staff keep their own organisation's offers; the public reads published ones on the pages and through HSDS.</summary>
    public static RouteGroupBuilder MapCatalogueApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/catalogue/offers").WithTags("Catalogue").RequireAuthorization(Policies.Catalogue);
        group.MapGet("/", ListOffers.Handle).WithSummary("The organisation's offers, by status and staleness (not verified for 6 months or more).");
        group.MapPost("/", CreateOffer.Handle).WithSummary("Enter an offer, as a draft.");
        group.MapGet("/{id:guid}", GetOffer.Handle);
        group.MapPut("/{id:guid}", UpdateOffer.Handle).WithSummary("Change an offer; send the version read (409 when stale).");
        group.MapPost("/{id:guid}/publish", PublishOffer.Handle).WithSummary("Show it on the public catalogue; needs a French name and description, a place and a language.");
        group.MapPost("/{id:guid}/archive", ArchiveOffer.Handle).WithSummary("Take it off the public catalogue for good, keeping it for the record.");
        group.MapPost("/{id:guid}/draft", ReturnOfferToDraft.Handle).WithSummary("Take it back to staff only.");
        group.MapPost("/{id:guid}/verify", VerifyOffer.Handle).WithSummary("Record that it was checked today.");
        return api;
    }
}
