using Amuddu.Linkage.Comparison;

namespace Amuddu.Linkage.Scoring;

/// <summary>
/// Learns a <see cref="LinkageModel"/> from the data, as Splink does: u from pairs drawn at random (nearly all
/// non-matches, so their agreement rates are the chance rates), then m and the prior by expectation–maximisation
/// over the blocked candidate pairs with u held fixed. Holding u fixed keeps EM from drifting to a solution that
/// separates something other than "same person".
/// </summary>
public static class EmTrainer
{
    public const int DefaultRandomPairs = 300_000;
    public const int MinRecordsToMeasureU = 500;

    public static LinkageModel Train(
        IReadOnlyList<PreparedRecord> records,
        IReadOnlyDictionary<ulong, long> candidatePatterns,
        LinkageModel start,
        int seed = 1,
        int iterations = 30,
        bool learnM = false)
    {
        var u = EstimateU(records, start, seed);
        var m = start.Fields.Select(f => (double[])f.M.Clone()).ToArray();
        var prior = start.Prior;
        var patterns = candidatePatterns.ToArray();
        var total = patterns.Sum(p => (double)p.Value);
        if (total < 50)
        {
            // Too little to learn from: keep the configured m, adopt the measured chance rates.
            return Build(start, m, u, prior);
        }

        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var mSums = m.Select(a => new double[a.Length]).ToArray();
            var matchMass = 0.0;
            foreach (var (packed, count) in patterns)
            {
                var pm = prior;
                var pu = 1 - prior;
                var shifted = packed;
                for (var f = 0; f < m.Length; f++, shifted >>= 8)
                {
                    var level = (byte)shifted;
                    if (level != 0)
                    {
                        pm *= m[f][level];
                        pu *= u[f][level];
                    }
                }

                var posterior = pm / (pm + pu) * count;
                matchMass += posterior;
                shifted = packed;
                for (var f = 0; f < m.Length; f++, shifted >>= 8)
                {
                    mSums[f][(byte)shifted] += posterior;
                }
            }

            prior = Math.Clamp(matchMass / total, 1e-6, 0.999);
            for (var f = 0; f < m.Length; f++)
            {
                var observed = mSums[f].Skip(1).Sum();
                if (observed < 1)
                {
                    continue;
                }

                for (var level = 1; level < m[f].Length && learnM; level++)
                {
                    // A little of the configured m keeps rare levels from collapsing to zero.
                    m[f][level] = (mSums[f][level] + (start.Fields[f].M[level] * 5)) / (observed + 5);
                }
            }
        }

        return Build(start, m, u, prior);
    }

    private static LinkageModel Build(LinkageModel start, double[][] m, double[][] u, double prior) =>
        new(start.Fields.Select((f, i) => new FieldProbabilities(f.Field, m[i], u[i])).ToArray(), prior);

    /// <summary>Chance agreement rates from random pairs, smoothed towards the configured u for rare levels.</summary>
    public static double[][] EstimateU(IReadOnlyList<PreparedRecord> records, LinkageModel start, int seed, int pairs = DefaultRandomPairs)
    {
        var counts = start.Fields.Select(f => new double[f.U.Length]).ToArray();

        // In a small file most random pairs are the same few people compared again and again, and duplicates are
        // a large share of them: the measured rates would say more about the file's size than about chance.
        if (records.Count >= MinRecordsToMeasureU)
        {
            var random = new Random(seed);
            for (var i = 0; i < pairs; i++)
            {
                var a = random.Next(records.Count);
                var b = random.Next(records.Count - 1);
                if (b >= a)
                {
                    b++;
                }

                var packed = RecordComparer.Compare(records[a], records[b]).Packed;
                for (var f = 0; f < counts.Length; f++, packed >>= 8)
                {
                    counts[f][(byte)packed]++;
                }
            }
        }

        const double PriorStrength = 200;
        var u = new double[counts.Length][];
        for (var f = 0; f < counts.Length; f++)
        {
            var observed = counts[f].Skip(1).Sum();
            u[f] = new double[counts[f].Length];
            for (var level = 1; level < u[f].Length; level++)
            {
                u[f][level] = (counts[f][level] + (start.Fields[f].U[level] * PriorStrength)) / (observed + PriorStrength);
            }
        }

        return u;
    }
}
