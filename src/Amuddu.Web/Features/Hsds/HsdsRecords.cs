using System.Text.Json.Serialization;

namespace Amuddu.Web.Features.Hsds;

// The HSDS 3.0 objects Amuddu publishes, with the specification's field names (snake_case through
// HsdsJson.Options). The scalar fields make the rows of the data package; the nested lists are
// filled only where the API returns a "full" object.

public sealed record HsdsOrganization
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public required string Description { get; init; }
    public List<HsdsLocation>? Locations { get; init; }
}

public sealed record HsdsService
{
    public required Guid Id { get; init; }
    public required Guid OrganizationId { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public required string Status { get; init; }
    public string? FeesDescription { get; init; }
    public string? EligibilityDescription { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public string? AssuredDate { get; init; }
    public required string LastModified { get; init; }
    public HsdsOrganization? Organization { get; init; }
    public List<HsdsServiceAtLocation>? ServiceAtLocations { get; init; }
    public List<HsdsLanguage>? Languages { get; init; }
    public List<HsdsCostOption>? CostOptions { get; init; }
    public List<HsdsRequiredDocument>? RequiredDocuments { get; init; }
    public List<HsdsPhone>? Phones { get; init; }
    public List<HsdsSchedule>? Schedules { get; init; }
    public List<HsdsAttribute>? Attributes { get; init; }

    /// <summary>When the offer was last changed, for the modified_after filter.</summary>
    internal DateTimeOffset Modified { get; init; }
}

public sealed record HsdsLocation
{
    public required Guid Id { get; init; }
    public required string LocationType { get; init; }
    public Guid? OrganizationId { get; init; }
    public string? Name { get; init; }
    public List<HsdsAddress>? Addresses { get; init; }
}

public sealed record HsdsAddress
{
    public required Guid Id { get; init; }
    public required Guid LocationId { get; init; }
    [JsonPropertyName("address_1")]
    public required string Address1 { get; init; }
    public required string City { get; init; }
    public string? Region { get; init; }
    public required string StateProvince { get; init; }
    public required string PostalCode { get; init; }
    public required string Country { get; init; }
    public required string AddressType { get; init; }
}

public sealed record HsdsServiceAtLocation
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required Guid LocationId { get; init; }
    public HsdsLocation? Location { get; init; }
    public HsdsService? Service { get; init; }
}

public sealed record HsdsLanguage
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required string Name { get; init; }
    public required string Code { get; init; }
}

public sealed record HsdsCostOption
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required string Option { get; init; }
    public required string Currency { get; init; }
    public required int Amount { get; init; }
}

public sealed record HsdsRequiredDocument
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required string Document { get; init; }
}

public sealed record HsdsPhone
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required string Number { get; init; }
}

public sealed record HsdsSchedule
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required string Description { get; init; }
}

public sealed record HsdsAttribute
{
    public required Guid Id { get; init; }
    public required Guid LinkId { get; init; }
    public required Guid TaxonomyTermId { get; init; }
    public required string LinkType { get; init; }
    public required string LinkEntity { get; init; }
    public string? Value { get; init; }
    public HsdsTaxonomyTerm? TaxonomyTerm { get; init; }
}

public sealed record HsdsTaxonomy
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Uri { get; init; }
    public string? Version { get; init; }
}

public sealed record HsdsTaxonomyTerm
{
    public required Guid Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string Taxonomy { get; init; }
    public required Guid TaxonomyId { get; init; }
    public required string Language { get; init; }
    public string? TermUri { get; init; }
    public HsdsTaxonomy? TaxonomyDetail { get; init; }
}
