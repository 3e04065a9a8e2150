using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Home;

/// <summary>
/// A training coordinator's upkeep of the organisation's offers in the public catalogue: drafts not yet published
/// and published offers nobody has checked for six months (the catalogue's own staleness rule), the oldest first.
/// </summary>
public static class CatalogueUpkeep
{
    public sealed record Item(Guid Id, string Name, OfferStatus Status, DateOnly? LastVerifiedOn);

    public sealed record Upkeep(int Drafts, int Stale, int Published, WorkList<Item> List);

    public static async Task<Upkeep> LoadAsync(AmudduDbContext db, Guid organisationId, DateOnly today, int take, CancellationToken cancellationToken)
    {
        var limit = Staleness.Limit(today);
        var limitInstant = new DateTimeOffset(limit.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var offers = db.Offers.AsNoTracking().Where(o => o.OrganisationId == organisationId);
        var counts = await offers.GroupBy(o => o.Status).Select(g => new
            {
                g.Key,
                Count = g.Count(),
                Stale = g.Count(o => o.LastVerifiedOn <= limit || (o.LastVerifiedOn == null && o.CreatedAt < limitInstant)),
            })
            .ToListAsync(cancellationToken);
        var drafts = counts.Where(c => c.Key == OfferStatus.Draft).Sum(c => c.Count);
        var stale = counts.Where(c => c.Key == OfferStatus.Published).Sum(c => c.Stale);
        var published = counts.Where(c => c.Key == OfferStatus.Published).Sum(c => c.Count);
        if (drafts + stale == 0)
        {
            return new Upkeep(0, 0, published, WorkList<Item>.Empty);
        }

        var found = await offers
            .Where(o => o.Status == OfferStatus.Draft
                || (o.Status == OfferStatus.Published && (o.LastVerifiedOn <= limit || (o.LastVerifiedOn == null && o.CreatedAt < limitInstant))))
            .OrderBy(o => o.Status == OfferStatus.Published ? 0 : 1).ThenBy(o => o.LastVerifiedOn).ThenBy(o => o.UpdatedAt).ThenBy(o => o.Id)
            .Take(take).Include(o => o.Texts).ToListAsync(cancellationToken);
        return new Upkeep(drafts, stale, published, new WorkList<Item>(
            [.. found.Select(o => new Item(o.Id, OfferLanguages.NameIn(o.Texts, CultureInfo.CurrentUICulture), o.Status, o.LastVerifiedOn))], drafts + stale));
    }
}
