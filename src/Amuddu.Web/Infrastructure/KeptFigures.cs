using Microsoft.Extensions.Caching.Memory;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Figures counted from the database and kept in memory for a short while, so that a page many people open
/// (a dashboard, a form's pickers) does not count the same rows on every view. Freshness is judged on the app's
/// clock (<see cref="TimeProvider"/>); the cache's own expiry only bounds the memory. Counts and reference lists only: never a
/// person's data.
/// </summary>
public sealed class KeptFigures(IMemoryCache cache, TimeProvider clock)
{
    private sealed record Entry(object Value, DateTimeOffset CountedAt);

    /// <summary>The figures under <paramref name="key"/> counted less than <paramref name="keptFor"/> ago, or counted now.</summary>
    public async Task<(T Value, DateTimeOffset CountedAt)> GetAsync<T>(object key, TimeSpan keptFor, Func<Task<T>> count)
        where T : notnull
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(key, out Entry? kept) && kept is { Value: T value } && now - kept.CountedAt < keptFor)
        {
            return (value, kept.CountedAt);
        }

        var counted = await count();
        cache.Set(key, new Entry(counted, now), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = keptFor, Size = 1 });
        return (counted, now);
    }
}
