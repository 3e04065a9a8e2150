using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Positioning;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Referrals;

/// <summary>The services a counsellor may refer to: other organisations' published offers, found as the public catalogue finds them.</summary>
public static class ReferralServices
{
    public const int Limit = 50;

    public sealed record Service(Guid OfferId, string Name, string NameLanguage, OfferKind Kind, string Partner, string? Provider, string City,
        string RegionCode, IReadOnlyList<string> Languages);

    public static async Task<IReadOnlyList<Service>> FindAsync(AmudduDbContext db, ICurrentStaff staff, string? words, OfferKind? kind, string? regionCode,
        CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var language = culture.TwoLetterISOLanguageName;
        var offers = db.Offers.AsNoTracking().Where(o => o.Status == OfferStatus.Published && o.OrganisationId != staff.OrganisationId);
        if (kind is { } k)
        {
            offers = offers.Where(o => o.Kind == k);
        }

        if (!string.IsNullOrWhiteSpace(regionCode))
        {
            offers = offers.Where(o => o.RegionCode == regionCode);
        }

        var found = await offers
            .Join(db.Organisations, o => o.OrganisationId, r => r.Id, (o, r) => new
            {
                Offer = o,
                Partner = r.Name,
                Texts = o.Texts.Where(t => t.Language == language || t.Language == OfferLanguages.French).ToList(),
            })
            .ToListAsync(cancellationToken);
        // Folded (accents, Arabic vowels), which neither engine does alike: matched here, as the public catalogue does.
        var wanted = TaxonomyText.Fold(words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. found
            .Where(f => wanted.Length == 0 || Matches(f.Partner, f.Texts, wanted))
            .Select(f => (f.Offer, f.Partner, Name: OfferLanguages.Pick(f.Texts, culture, t => t.Name) ?? new OfferLanguages.Localised("", OfferLanguages.French)))
            .OrderBy(f => f.Partner, StringComparer.Create(culture, ignoreCase: true))
            .ThenBy(f => f.Name.Value, StringComparer.Create(culture, ignoreCase: true))
            .Take(Limit)
            .Select(f => new Service(f.Offer.Id, f.Name.Value, f.Name.Language, f.Offer.Kind, f.Partner, f.Offer.ProviderName, f.Offer.City,
                f.Offer.RegionCode, f.Offer.Languages))];
    }

    private static bool Matches(string partner, IEnumerable<OfferText> texts, string[] words)
    {
        var folded = " " + TaxonomyText.Fold(partner) + " " + string.Join(' ', texts.Select(t => TaxonomyText.Fold(t.Name + " " + t.Description))) + " ";
        return words.All(w => folded.Contains(w, StringComparison.Ordinal));
    }
}
