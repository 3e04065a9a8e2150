using Amuddu.Web.Data;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Directory;

/// <summary>The partner organisations, by region (head office or covered) and kind, with their profile and number of published services.</summary>
public static class ListPartners
{
    // Init properties rather than a positional record: the compile-time request delegate generator
    // writes typeof(string?) for a constructor's nullable parameters, which does not compile (CS8639).
    public sealed record Filters
    {
        public string? Region { get; init; }
        public string? Kind { get; init; }
    }

    public static async Task<Results<Ok<List<PartnerProfile>>, ValidationProblem>> Handle(
        [AsParameters] Filters filters, AmudduDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        OrganisationKind? kind = null;
        if (!string.IsNullOrWhiteSpace(filters.Kind))
        {
            if (Enum.TryParse<OrganisationKind>(filters.Kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                && !int.TryParse(filters.Kind, out _) && Partners.IsPartnerKind(parsed))
            {
                kind = parsed;
            }
            else
            {
                errors.Add("kind", text["FieldNotAllowed", text["OrganisationKind"]]);
            }
        }

        var region = FreeText.Clean(filters.Region);
        if (region is not null && !await db.ReferenceItems.AnyAsync(r => r.Kind == ReferenceKind.Region && r.Code == region, cancellationToken))
        {
            errors.Add("region", text["FieldNotAllowed", text["Region"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        return TypedResults.Ok(await RunAsync(db, region, kind, clock, cancellationToken));
    }

    public static async Task<List<PartnerProfile>> RunAsync(
        AmudduDbContext db, string? region, OrganisationKind? kind, TimeProvider clock, CancellationToken cancellationToken)
    {
        var partners = Partners.In(db.Organisations.AsNoTracking());
        if (region is not null)
        {
            partners = partners.Where(o => o.RegionCode == region || o.RegionsCovered.Contains(region));
        }

        if (kind is { } k)
        {
            partners = partners.Where(o => o.Kind == k);
        }

        var found = await partners.OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var ids = found.Select(o => o.Id).ToList();
        var counts = await db.Offers.Where(o => o.Status == OfferStatus.Published && ids.Contains(o.OrganisationId))
            .GroupBy(o => o.OrganisationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var today = SiteTime.Today(clock);
        return [.. found.Select(o => Partners.Profile(o, counts.GetValueOrDefault(o.Id), today))];
    }
}
