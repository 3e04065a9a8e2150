using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Amuddu.Web.Features.ReferenceData;

/// <summary>
/// The nationalities and languages an organisation meets most often, to put first in its pickers: counted over its
/// newest registrations (a bounded read on the organisation's registration-date index, whatever the size of the file),
/// most frequent first, ties by code. Kept in memory a few minutes per organisation, so that a form view runs no such
/// query most of the time: a new registration shows in the ranking at the latest after <see cref="KeptFor"/>.
/// </summary>
public sealed class FrequentChoices(IMemoryCache cache, TimeProvider clock)
{
    public const int Count = 10;

    /// <summary>How many of the newest registrations are counted.</summary>
    public const int Sample = 2000;

    /// <summary>How long an organisation's ranking is kept before it is counted again.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    public sealed record Codes(IReadOnlyList<string> Nationalities, IReadOnlyList<string> Languages);

    /// <summary>A ranking and when it was counted, on the app's clock (the cache's own expiry only bounds the memory).</summary>
    private sealed record Entry(Codes Codes, DateTimeOffset CountedAt);

    public async Task<Codes> LoadAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken = default)
    {
        var key = (nameof(FrequentChoices), organisationId);
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(key, out Entry? kept) && kept is not null && now - kept.CountedAt < KeptFor)
        {
            return kept.Codes;
        }

        var codes = await CountAsync(db, organisationId, cancellationToken);
        // Two lists of at most ten codes per organisation: small, and gone after the period.
        cache.Set(key, new Entry(codes, now), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = KeptFor, Size = 1 });
        return codes;
    }

    private static async Task<Codes> CountAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        var recent = await db.People.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId)
            .OrderByDescending(p => p.CreatedAt)
            .Take(Sample)
            .Select(p => new { p.NationalityCode, p.Languages })
            .ToListAsync(cancellationToken);
        return new(Top(recent.Select(p => p.NationalityCode)), Top(recent.SelectMany(p => p.Languages)));
    }

    private static List<string> Top(IEnumerable<string> codes) =>
        [.. codes.Where(c => !string.IsNullOrEmpty(c)).GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(Count).Select(g => g.Key)];
}
