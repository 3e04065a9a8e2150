using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>
/// The public catalogue: published offers only, filtered by kind, place, language of instruction,
/// eligibility and grant, and searched by words in their names and descriptions in the visitor's
/// language and in French (the text a visitor falls back on), whatever the accents or Arabic vowels.
/// </summary>
public static class SearchCatalogue
{
    public const int PageSize = 20;

    public sealed record Filters(
        string? Words = null, OfferKind? Kind = null, string? RegionCode = null, string? City = null, string? Language = null,
        Eligibility? Eligibility = null, bool GrantOnly = false, int? Page = null);

    public sealed record Card(
        Guid Id, OfferKind Kind, OfferLanguages.Localised Name, OfferLanguages.Localised? Summary, string Provider, string City,
        string RegionCode, IReadOnlyList<string> Languages, int CostMad, bool GrantAvailable, DateOnly? NextStart);

    public sealed record Page(IReadOnlyList<Card> Items, int Total, int PageNumber, bool HasMore);

    public static async Task<Page> RunAsync(AmudduDbContext db, Filters filters, TimeProvider clock, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var language = culture.TwoLetterISOLanguageName;
        var today = SiteTime.Today(clock);

        var offers = db.Offers.AsNoTracking().Where(o => o.Status == OfferStatus.Published);
        if (filters.Kind is { } kind)
        {
            offers = offers.Where(o => o.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(filters.RegionCode))
        {
            offers = offers.Where(o => o.RegionCode == filters.RegionCode);
        }

        if (!string.IsNullOrWhiteSpace(filters.City))
        {
            offers = offers.Where(o => o.City == filters.City);
        }

        if (!string.IsNullOrWhiteSpace(filters.Language))
        {
            offers = offers.Where(o => o.Languages.Contains(filters.Language));
        }

        if (filters.Eligibility is { } eligibility)
        {
            offers = offers.Where(o => o.Eligibility.Contains(eligibility));
        }

        if (filters.GrantOnly)
        {
            offers = offers.Where(o => o.GrantAvailable);
        }

        // The words are matched folded (accents, Arabic vowels and letter variants), which neither
        // engine does alike; the published catalogue of a country is small enough to match here.
        var found = await offers
            .Select(o => new
            {
                Offer = o,
                Texts = o.Texts.Where(t => t.Language == language || t.Language == OfferLanguages.French).ToList(),
            })
            .ToListAsync(cancellationToken);
        var words = TaxonomyText.Fold(filters.Words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matching = found
            .Where(f => words.Length == 0 || Matches(f.Texts, words))
            .Select(f => (f.Offer, f.Texts, Name: OfferLanguages.Pick(f.Texts, culture, t => t.Name)))
            .OrderBy(f => f.Name?.Value, StringComparer.Create(culture, ignoreCase: true))
            .ToList();

        var number = Math.Max(filters.Page ?? 1, 1);
        var pageItems = matching.Skip((number - 1) * PageSize).Take(PageSize).ToList();
        var organisationIds = pageItems.Select(p => p.Offer.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        var cards = pageItems.Select(p => new Card(
            p.Offer.Id, p.Offer.Kind, p.Name ?? new OfferLanguages.Localised("", OfferLanguages.French),
            OfferLanguages.Pick(p.Texts, culture, t => t.Description), p.Offer.ProviderName ?? organisations.GetValueOrDefault(p.Offer.OrganisationId, ""),
            p.Offer.City, p.Offer.RegionCode, p.Offer.Languages, p.Offer.CostMad, p.Offer.GrantAvailable,
            p.Offer.StartDates.Where(d => d >= today).Order().Cast<DateOnly?>().FirstOrDefault())).ToList();
        return new Page(cards, matching.Count, number, matching.Count > number * PageSize);
    }

    /// <summary>The cities that have published offers, for the visitor's list (nobody has to guess a spelling).</summary>
    public static async Task<IReadOnlyList<string>> CitiesAsync(AmudduDbContext db, CancellationToken cancellationToken)
    {
        var cities = await db.Offers.AsNoTracking().Where(o => o.Status == OfferStatus.Published)
            .Select(o => o.City).Distinct().ToListAsync(cancellationToken);
        return [.. cities.Order(StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true))];
    }

    /// <summary>The languages published offers are given in, for the visitor's list.</summary>
    public static async Task<HashSet<string>> LanguagesAsync(AmudduDbContext db, CancellationToken cancellationToken)
    {
        var lists = await db.Offers.AsNoTracking().Where(o => o.Status == OfferStatus.Published).Select(o => o.Languages).ToListAsync(cancellationToken);
        return [.. lists.SelectMany(l => l)];
    }

    private static bool Matches(IEnumerable<OfferText> texts, string[] words)
    {
        var folded = " " + string.Join(' ', texts.Select(t => TaxonomyText.Fold(t.Name + " " + t.Description))) + " ";
        return words.All(w => folded.Contains(w, StringComparison.Ordinal));
    }
}
