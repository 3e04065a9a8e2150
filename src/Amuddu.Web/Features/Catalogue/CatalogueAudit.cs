namespace Amuddu.Web.Features.Catalogue;

/// <summary>Audit actions of the catalogue; the subject names the offer, the detail never its words.</summary>
public static class CatalogueAudit
{
    public const string Created = "catalogue.offer-created";
    public const string Updated = "catalogue.offer-updated";
    public const string Published = "catalogue.offer-published";
    public const string Archived = "catalogue.offer-archived";
    public const string BackToDraft = "catalogue.offer-back-to-draft";
    public const string Verified = "catalogue.offer-verified";

    public static string Subject(Guid offerId) => $"offer {offerId}";
}
