using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Directory;

/// <summary>
/// The partners' published services, by need (kind of offer), region (where it is given or a region
/// its organisation covers), language it is given in, and words (accents and Arabic vowels folded).
/// </summary>
public static class SearchServices
{
    public const int PageSize = 20;

    // Init properties rather than a positional record: the compile-time request delegate generator
    // writes typeof(string?) for a constructor's nullable parameters, which does not compile (CS8639).
    /// <summary>As typed in the address; read here so that a wrong value is named like any other field.</summary>
    public sealed record Filters
    {
        public string? Need { get; init; }
        public string? Region { get; init; }
        public string? Language { get; init; }
        public string? Q { get; init; }
        public int? Page { get; init; }
    }

    /// <summary><paramref name="Except"/>: an organisation whose services are left out (one never refers to itself).</summary>
    public sealed record Query(OfferKind? Need, string? Region, string? Language, string? Words, int Page, Guid? Except = null);

    public sealed record Page(IReadOnlyList<DirectoryService> Items, int Total, int PageNumber, bool HasMore);

    public static async Task<Results<Ok<Page>, ValidationProblem>> Handle(
        [AsParameters] Filters filters, AmudduDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        OfferKind? need = null;
        if (!string.IsNullOrWhiteSpace(filters.Need))
        {
            if (Enum.TryParse<OfferKind>(filters.Need, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(filters.Need, out _))
            {
                need = parsed;
            }
            else
            {
                errors.Add("need", text["FieldNotAllowed", text["Directory.Need"]]);
            }
        }

        var region = FreeText.Clean(filters.Region);
        if (region is not null && !await db.ReferenceItems.AnyAsync(r => r.Kind == ReferenceKind.Region && r.Code == region, cancellationToken))
        {
            errors.Add("region", text["FieldNotAllowed", text["Region"]]);
        }

        var language = FreeText.Clean(filters.Language);
        if (language is not null && !await db.ReferenceItems.AnyAsync(r => r.Kind == ReferenceKind.Language && r.Code == language, cancellationToken))
        {
            errors.Add("language", text["FieldNotAllowed", text["Catalogue.Language"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        return TypedResults.Ok(await RunAsync(db, new Query(need, region, language, filters.Q, filters.Page ?? 1), clock, cancellationToken));
    }

    public static async Task<Page> RunAsync(AmudduDbContext db, Query query, TimeProvider clock, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var today = SiteTime.Today(clock);
        var partners = Partners.In(db.Organisations);
        var offers = db.Offers.AsNoTracking()
            .Where(o => o.Status == OfferStatus.Published && partners.Any(p => p.Id == o.OrganisationId) && o.OrganisationId != query.Except);
        if (query.Need is { } need)
        {
            offers = offers.Where(o => o.Kind == need);
        }

        if (query.Region is { } region)
        {
            offers = offers.Where(o => o.RegionCode == region || partners.Any(p => p.Id == o.OrganisationId && p.RegionsCovered.Contains(region)));
        }

        if (query.Language is { } language)
        {
            offers = offers.Where(o => o.Languages.Contains(language));
        }

        // Folded matching is done here, as the catalogue does: neither engine folds Arabic, and the network's offers are few.
        var found = await offers.Include(o => o.Texts).ToListAsync(cancellationToken);
        var organisationIds = found.Select(o => o.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var words = TaxonomyText.Fold(query.Words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matching = found
            .Where(o => words.Length == 0 || Matches(o, organisations[o.OrganisationId], words))
            .Select(o => Partners.Service(o, organisations[o.OrganisationId], culture, today))
            .OrderBy(s => s.Name, StringComparer.Create(culture, ignoreCase: true))
            .ThenBy(s => s.Id)
            .ToList();

        var number = Math.Max(query.Page, 1);
        var items = matching.Skip((number - 1) * PageSize).Take(PageSize).ToList();
        return new Page(items, matching.Count, number, matching.Count > number * PageSize);
    }

    /// <summary>Every word must appear in the offer's words (any language), its provider, its city or its partner's name.</summary>
    private static bool Matches(Offer offer, Organisation organisation, string[] words)
    {
        var folded = " " + TaxonomyText.Fold(string.Join(' ',
            offer.Texts.Select(t => $"{t.Name} {t.Description} {t.Schedule}")
                .Append(offer.ProviderName).Append(offer.City).Append(organisation.Name).Append(organisation.Acronym))) + " ";
        return words.All(w => folded.Contains(w, StringComparison.Ordinal));
    }
}
