using System.Globalization;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Organisations;

namespace Amuddu.Web.Features.Directory;

public sealed record PartnerRef(Guid Id, string Name, OrganisationKind Kind);

/// <summary>Public contact points: the service's own where it has them, else its organisation's.</summary>
public sealed record ContactPoints(string? Phone, string? Email, string? Website);

public sealed record Capacity(int? SeatsLeft, int? WaitingWeeks, DateTimeOffset? UpdatedAt);

/// <summary>A published offer as the partners' staff read it in the directory.</summary>
public sealed record DirectoryService(
    Guid Id,
    string Name,
    string NameLanguage,
    string? Schedule,
    OfferKind Kind,
    PartnerRef Partner,
    string? ProviderName,
    string? Address,
    string City,
    string RegionCode,
    IReadOnlyList<string> RegionsCovered,
    IReadOnlyList<string> Languages,
    IReadOnlyList<Eligibility> Eligibility,
    string? OpeningHours,
    ContactPoints Contact,
    Capacity Capacity,
    DateOnly? LastVerifiedOn,
    bool Stale,
    bool AcceptsReferrals);

/// <summary>A partner organisation's profile, with how many services it publishes.</summary>
public sealed record PartnerProfile(
    Guid Id,
    string Name,
    string? Acronym,
    OrganisationKind Kind,
    string? RegionCode,
    string? Description,
    string? Address,
    string? City,
    IReadOnlyList<string> RegionsCovered,
    ContactPoints Contact,
    string? OpeningHours,
    bool AcceptsReferrals,
    DateOnly? ProfileVerifiedOn,
    bool Stale,
    int ServiceCount,
    long Version);

public sealed record PartnerDetail(PartnerProfile Profile, IReadOnlyList<DirectoryService> Services);

/// <summary>Who is in the directory, and how its entries are shown.</summary>
public static class Partners
{
    /// <summary>Employers, donors and foreign employment services take part in the programme but receive nobody: they are not partners to refer to.</summary>
    public static IQueryable<Organisation> In(IQueryable<Organisation> organisations) =>
        organisations.Where(o => o.IsActive && o.Kind != OrganisationKind.Employer && o.Kind != OrganisationKind.Donor && o.Kind != OrganisationKind.ForeignEmploymentService);

    public static bool IsPartnerKind(OrganisationKind kind) => kind is not (OrganisationKind.Employer or OrganisationKind.Donor or OrganisationKind.ForeignEmploymentService);

    /// <summary>A profile is stale on the catalogue's rule: not saved for <see cref="Staleness.Months"/> months, never saved counting from its creation.</summary>
    public static bool IsStale(Organisation organisation, DateOnly today) =>
        (organisation.ProfileVerifiedOn ?? DateOnly.FromDateTime(organisation.CreatedAt.UtcDateTime)) <= Staleness.Limit(today);

    public static PartnerProfile Profile(Organisation o, int serviceCount, DateOnly today) => new(
        o.Id, o.Name, o.Acronym, o.Kind, o.RegionCode, o.Description, o.Address, o.City, [.. o.RegionsCovered],
        new ContactPoints(o.ContactPhone, o.ContactEmail, o.Website), o.OpeningHours, o.AcceptsReferrals, o.ProfileVerifiedOn,
        IsStale(o, today), serviceCount, o.Version);

    /// <summary>The offer (with its texts) in the reader's language, falling back to French field by field.</summary>
    public static DirectoryService Service(Offer offer, Organisation organisation, CultureInfo culture, DateOnly today)
    {
        var name = OfferLanguages.Pick(offer.Texts, culture, t => t.Name) ?? new OfferLanguages.Localised("", OfferLanguages.French);
        var schedule = OfferLanguages.Pick(offer.Texts, culture, t => t.Schedule)?.Value;
        var contact = new ContactPoints(
            offer.ContactPhone ?? organisation.ContactPhone, offer.ContactEmail ?? organisation.ContactEmail, offer.Url ?? organisation.Website);
        return new DirectoryService(
            offer.Id, name.Value, name.Language, schedule, offer.Kind, new PartnerRef(organisation.Id, organisation.Name, organisation.Kind),
            offer.ProviderName, offer.Address, offer.City, offer.RegionCode, [.. organisation.RegionsCovered], [.. offer.Languages],
            [.. offer.Eligibility], schedule ?? organisation.OpeningHours, contact,
            new Capacity(offer.SeatsLeft, offer.WaitingWeeks, offer.CapacityUpdatedAt), offer.LastVerifiedOn, Staleness.IsStale(offer, today),
            organisation.AcceptsReferrals);
    }
}
