namespace Amuddu.Web.Features.Catalogue;

/// <summary>An offer as staff see it, with its words in every language it is written in.</summary>
public sealed record OfferResponse(
    Guid Id,
    OfferKind Kind,
    OfferStatus Status,
    string? ProviderName,
    Guid? SiteId,
    string RegionCode,
    string City,
    string? Address,
    string? OccupationCode,
    int? DurationHours,
    int? DurationWeeks,
    int CostMad,
    bool GrantAvailable,
    int? Seats,
    IReadOnlyList<DateOnly> StartDates,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> RequiredDocuments,
    IReadOnlyList<Eligibility> Eligibility,
    int? MinimumAge,
    int? MaximumAge,
    string? ContactPhone,
    string? ContactEmail,
    string? Url,
    IReadOnlyDictionary<string, OfferTextInput> Texts,
    DateTimeOffset? PublishedAt,
    DateOnly? LastVerifiedOn,
    Guid? LastVerifiedBy,
    bool Stale,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public static OfferResponse From(Offer o, DateOnly today) => new(
        o.Id, o.Kind, o.Status, o.ProviderName, o.SiteId, o.RegionCode, o.City, o.Address, o.OccupationCode,
        o.DurationHours, o.DurationWeeks, o.CostMad, o.GrantAvailable, o.Seats, [.. o.StartDates.Order()], [.. o.Languages],
        [.. o.RequiredDocuments], [.. o.Eligibility], o.MinimumAge, o.MaximumAge, o.ContactPhone, o.ContactEmail, o.Url,
        o.Texts.OrderBy(t => Array.IndexOf(OfferLanguages.All, t.Language))
            .ToDictionary(t => t.Language, t => new OfferTextInput(t.Name, t.Description, t.Schedule, t.EntryRequirements)),
        o.PublishedAt, o.LastVerifiedOn, o.LastVerifiedBy, Staleness.IsStale(o, today), o.CreatedAt, o.UpdatedAt, o.Version);
}

/// <summary>An entry nobody has checked for six months may no longer be true: staff see it flagged.</summary>
public static class Staleness
{
    public const int Months = 6;

    /// <summary>The last day an offer can have been checked on and already be stale.</summary>
    public static DateOnly Limit(DateOnly today) => today.AddMonths(-Months);

    /// <summary>Never checked counts from the day it was entered.</summary>
    public static bool IsStale(Offer offer, DateOnly today) =>
        (offer.LastVerifiedOn ?? DateOnly.FromDateTime(offer.CreatedAt.UtcDateTime)) <= Limit(today);
}
