using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>The caller's organisation's offers, most recently changed first, by status and staleness, a page at a time.</summary>
public static class ListOffers
{
    public const int PageSize = 50;

    // Init properties rather than a positional record: the compile-time request delegate generator
    // writes typeof(string?) for a constructor's nullable parameters, which does not compile (CS8639).
    /// <summary>The status is read here rather than by the binder, so that a wrong one is named like any other field.</summary>
    public sealed record Filters
    {
        public string? Status { get; init; }
        public bool? Stale { get; init; }
        public int? Page { get; init; }
    }

    public sealed record Item(
        Guid Id, OfferKind Kind, OfferStatus Status, string Name, string RegionCode, string City,
        DateOnly? LastVerifiedOn, bool Stale, DateTimeOffset UpdatedAt, long Version);

    public sealed record Page(IReadOnlyList<Item> Items, int PageNumber, bool HasMore);

    public static async Task<Results<Ok<Page>, ValidationProblem>> Handle(
        [AsParameters] Filters filters, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        OfferStatus? status = null;
        if (!string.IsNullOrWhiteSpace(filters.Status))
        {
            if (!Enum.TryParse<OfferStatus>(filters.Status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(filters.Status, out _))
            {
                var errors = new ValidationErrors(text).Add("status", text["FieldNotAllowed", text["Catalogue.Status"]]);
                return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
            }

            status = parsed;
        }

        var organisationId = staff.OrganisationId;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var limit = Staleness.Limit(today);
        var limitInstant = new DateTimeOffset(limit.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var offers = db.Offers.AsNoTracking().Where(o => o.OrganisationId == organisationId);
        if (status is { } wanted)
        {
            offers = offers.Where(o => o.Status == wanted);
        }

        // Same rule as Staleness.IsStale, in a form both engines translate.
        if (filters.Stale is { } stale)
        {
            offers = stale
                ? offers.Where(o => o.LastVerifiedOn <= limit || (o.LastVerifiedOn == null && o.CreatedAt < limitInstant))
                : offers.Where(o => o.LastVerifiedOn > limit || (o.LastVerifiedOn == null && o.CreatedAt >= limitInstant));
        }

        var number = Math.Max(filters.Page ?? 1, 1);
        var found = await offers.OrderByDescending(o => o.UpdatedAt).ThenBy(o => o.Id)
            .Skip((number - 1) * PageSize).Take(PageSize + 1)
            .Include(o => o.Texts)
            .ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var items = found.Take(PageSize).Select(o => new Item(
            o.Id, o.Kind, o.Status, OfferLanguages.NameIn(o.Texts, culture), o.RegionCode, o.City, o.LastVerifiedOn,
            Staleness.IsStale(o, today), o.UpdatedAt, o.Version)).ToList();
        return TypedResults.Ok(new Page(items, number, found.Count > PageSize));
    }
}
