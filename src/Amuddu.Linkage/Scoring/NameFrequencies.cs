using System.Collections.Concurrent;

namespace Amuddu.Linkage.Scoring;

/// <summary>
/// How common each name is in the registry. Two "Nour Sow" agreeing says less than two "Rokiatou Okafor"
/// agreeing; the term-frequency adjustment replaces the average chance agreement u of an exact name match by
/// the frequency of that very name. Counts both fields together because first and last names get swapped.
/// </summary>
public sealed class NameFrequencies
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private long total;

    public long Total => Interlocked.Read(ref total);

    public void Add(PreparedRecord record)
    {
        Add(record.First.Canonical);
        Add(record.Last.Canonical);
    }

    /// <summary>Forgets a record added before (its person's details changed).</summary>
    public void Remove(PreparedRecord record)
    {
        Remove(record.First.Canonical);
        Remove(record.Last.Canonical);
    }

    private void Remove(string name)
    {
        if (name.Length == 0)
        {
            return;
        }

        if (counts.AddOrUpdate(name, 0, (_, c) => c - 1) <= 0)
        {
            counts.TryRemove(new KeyValuePair<string, int>(name, 0));
        }

        Interlocked.Decrement(ref total);
    }

    private void Add(string name)
    {
        if (name.Length == 0)
        {
            return;
        }

        counts.AddOrUpdate(name, 1, (_, c) => c + 1);
        Interlocked.Increment(ref total);
    }

    /// <summary>Share of name values equal to <paramref name="name"/>; a small floor keeps singletons finite.</summary>
    public double Frequency(string name)
    {
        var t = Total;
        if (t == 0)
        {
            return 0;
        }

        var c = counts.TryGetValue(name, out var n) ? n : 0;
        return Math.Max(c, 1) / (double)t;
    }

    public static NameFrequencies Of(IEnumerable<PreparedRecord> records)
    {
        var f = new NameFrequencies();
        foreach (var r in records)
        {
            f.Add(r);
        }

        return f;
    }
}
