namespace Amuddu.Web.Features.Organisations;

public sealed record OrganisationSummary(Guid Id, string Name, string? Acronym, OrganisationKind Kind, string? RegionCode);

public sealed record SiteResponse(Guid Id, string Name, string RegionCode, string City, string? Address, string? Phone);

public sealed record OrganisationResponse(
    Guid Id, string Name, string? Acronym, OrganisationKind Kind, string? RegionCode, bool IsActive, long Version,
    IReadOnlyList<SiteResponse> Sites);

internal static class OrganisationMapping
{
    public static SiteResponse ToResponse(this Site s) => new(s.Id, s.Name, s.RegionCode, s.City, s.Address, s.Phone);
}
