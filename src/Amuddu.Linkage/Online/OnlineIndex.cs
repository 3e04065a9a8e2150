using Amuddu.Linkage.Blocking;
using Amuddu.Linkage.Comparison;
using Amuddu.Linkage.Scoring;

namespace Amuddu.Linkage.Online;

/// <summary>
/// Everyone on file, filed under the same blocking keys as batch deduplication, so that one new registration can
/// be checked in milliseconds: look up its keys, score the records found, return the best people with reasons.
/// Records are added one at a time as people register, and a person's records can be replaced (an edit) or removed
/// (a file closed). Safe for concurrent queries while records are added or replaced.
/// </summary>
public sealed class OnlineIndex
{
    private readonly List<PreparedRecord> records = [];
    private readonly List<string> personOf = [];

    // Year of birth per record, kept apart from the records so that scanning a long posting list stays in cache.
    private readonly List<short> birthYear = [];

    // A replaced record stays in the posting lists (rewriting them would cost more than skipping it) but is dead:
    // never scored, not counted, its names no longer in the frequencies.
    private readonly List<bool> dead = [];
    private readonly Dictionary<string, List<int>> positionsOf = new(StringComparer.Ordinal);
    private int live;
    private readonly Dictionary<ulong, List<int>> postings = [];
    private readonly NameFrequencies frequencies = new();
    private readonly ReaderWriterLockSlim gate = new();
    private readonly OnlineIndexOptions options;
    private readonly PairScorer scorer;

    public OnlineIndex(LinkageModel? model = null, OnlineIndexOptions? options = null)
    {
        this.options = options ?? new OnlineIndexOptions();
        scorer = new PairScorer(model ?? LinkageModel.Default, frequencies);
    }

    public int Count
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return live;
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    /// <param name="personId">The person this registration belongs to; the record id when omitted.</param>
    public void Add(PersonRecord record, string? personId = null) => Add(RecordPreparer.Prepare(record), personId);

    public void Add(PreparedRecord prepared, string? personId = null)
    {
        gate.EnterWriteLock();
        try
        {
            AddLocked(prepared, personId ?? prepared.RecordId);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>
    /// Files <paramref name="current"/> as everything known of <paramref name="personId"/>, forgetting the records
    /// filed for them before (none: the person is removed). Queries see either the old records or the new, never neither.
    /// </summary>
    public void Replace(string personId, IEnumerable<PersonRecord> current)
    {
        var prepared = current.Select(RecordPreparer.Prepare).ToList();
        gate.EnterWriteLock();
        try
        {
            if (positionsOf.Remove(personId, out var previous))
            {
                foreach (var position in previous)
                {
                    dead[position] = true;
                    frequencies.Remove(records[position]);
                    live--;
                }
            }

            foreach (var record in prepared)
            {
                AddLocked(record, personId);
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>How many records are filed for <paramref name="personId"/> now.</summary>
    public int CountOf(string personId)
    {
        gate.EnterReadLock();
        try
        {
            return positionsOf.TryGetValue(personId, out var positions) ? positions.Count : 0;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    private void AddLocked(PreparedRecord prepared, string personId)
    {
        Span<ulong> keys = stackalloc ulong[BlockingKeys.MaxKeysPerRecord];
        var n = BlockingKeys.Fill(prepared, keys);
        var position = records.Count;
        records.Add(prepared);
        personOf.Add(personId);
        birthYear.Add((short)prepared.DateOfBirth.Year);
        dead.Add(false);
        live++;
        if (!positionsOf.TryGetValue(personId, out var positions))
        {
            positions = new List<int>(1);
            positionsOf[personId] = positions;
        }

        positions.Add(position);
        frequencies.Add(prepared);
        foreach (var key in keys[..n])
        {
            if (!postings.TryGetValue(key, out var list))
            {
                list = new List<int>(1);
                postings[key] = list;
            }

            list.Add(position);
        }
    }

    /// <summary>The <paramref name="top"/> people most likely to be the one registering, best first.</summary>
    public IReadOnlyList<OnlineMatch> Query(PersonRecord registration, int top = 10) => Query(RecordPreparer.Prepare(registration), top);

    public IReadOnlyList<OnlineMatch> Query(PreparedRecord registration, int top = 10)
    {
        Span<ulong> keys = stackalloc ulong[BlockingKeys.MaxKeysPerRecord];
        var n = BlockingKeys.Fill(registration, keys);
        gate.EnterReadLock();
        try
        {
            var seen = new HashSet<int>();
            var best = new Dictionary<string, (int Position, double Score)>(StringComparer.Ordinal);
            foreach (var key in keys[..n])
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    continue;
                }

                // A key shared by thousands (a very common name pair) is narrowed to people born within a year of
                // the registration; without a year of birth it is not searched at all.
                var narrow = list.Count > options.MaxPostingsPerKey;
                if (narrow && registration.DateOfBirth.IsMissing)
                {
                    continue;
                }

                var year = registration.DateOfBirth.Year;
                foreach (var position in list)
                {
                    if (narrow && Math.Abs(birthYear[position] - year) > 1)
                    {
                        continue;
                    }

                    if (dead[position] || !seen.Add(position))
                    {
                        continue;
                    }

                    var candidate = records[position];
                    var score = scorer.Score(registration, RecordComparer.Compare(registration, candidate));
                    if (score < options.MinScore)
                    {
                        continue;
                    }

                    var person = personOf[position];
                    if (!best.TryGetValue(person, out var current) || score > current.Score)
                    {
                        best[person] = (position, score);
                    }
                }
            }

            return best
                .OrderByDescending(p => p.Value.Score)
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(top)
                .Select(p => new OnlineMatch(p.Key, records[p.Value.Position].RecordId, p.Value.Score, scorer.Explain(registration, records[p.Value.Position])))
                .ToArray();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }
}
