using System.Diagnostics;
using Amuddu.Linkage.Blocking;
using Amuddu.Linkage.Clustering;
using Amuddu.Linkage.Comparison;
using Amuddu.Linkage.Scoring;

namespace Amuddu.Linkage.Batch;

/// <summary>Batch duplicate detection: prepare → block → compare → (learn weights) → score → cluster.</summary>
public static class Deduplicator
{
    public static DedupResult Run(IReadOnlyList<PersonRecord> input, DedupOptions options)
    {
        var watch = Stopwatch.StartNew();
        var records = new PreparedRecord[input.Count];
        Parallel.For(0, input.Count, new ParallelOptions(), i => records[i] = RecordPreparer.Prepare(input[i]));
        var prepare = watch.Elapsed;
        var result = Run(records, options);
        return result with { Stages = [new("prepare", prepare), .. result.Stages] };
    }

    public static DedupResult Run(PreparedRecord[] records, DedupOptions options)
    {
        var stages = new List<Stage>();
        var watch = Stopwatch.StartNew();
        void Mark(string name)
        {
            stages.Add(new Stage(name, watch.Elapsed));
            watch.Restart();
        }

        var pairs = CandidatePairs.Generate(records, options.MaxBlockSize, out var largeBlocks);
        Mark("block");
        var vectors = new ulong[pairs.Length];
        Parallel.For(0, (pairs.Length + 4095) / 4096, chunk =>
        {
            var end = Math.Min(pairs.Length, (chunk + 1) * 4096);
            for (var k = chunk * 4096; k < end; k++)
            {
                var (a, b) = Unpack(pairs[k]);
                vectors[k] = RecordComparer.Compare(records[a], records[b]).Packed;
            }
        });

        Mark("compare");
        var patterns = new Dictionary<ulong, long>();
        foreach (var v in vectors)
        {
            patterns[v] = patterns.GetValueOrDefault(v) + 1;
        }

        var model = options.LearnWeights ? EmTrainer.Train(records, patterns, options.Model, options.Seed) : options.Model;
        Mark("learn");
        var threshold = options.ScoreThreshold ?? ScoreThreshold(options.MatchProbability, model.Prior * pairs.Length, records.Length);
        var scorer = new PairScorer(model, options.NameFrequencyAdjustment ? NameFrequencies.Of(records) : null);
        var scoreOf = patterns.Keys.ToDictionary(p => p, p => model.Score(new ComparisonVector(p)));
        var firstAdjustment = new double[records.Length];
        var lastAdjustment = new double[records.Length];
        Parallel.For(0, records.Length, i =>
        {
            firstAdjustment[i] = scorer.ExactNameAdjustment(Field.FirstName, records[i].First.Canonical);
            lastAdjustment[i] = scorer.ExactNameAdjustment(Field.LastName, records[i].Last.Canonical);
        });

        var links = new List<ScoredPair>();
        var kept = options.KeepPairs ? new List<CandidatePair>(pairs.Length) : null;
        for (var k = 0; k < pairs.Length; k++)
        {
            var (a, b) = Unpack(pairs[k]);
            var vector = new ComparisonVector(vectors[k]);
            var score = scoreOf[vectors[k]]
                + (vector[Field.FirstName] == AgreementLevels.Name.Exact ? firstAdjustment[a] : 0)
                + (vector[Field.LastName] == AgreementLevels.Name.Exact ? lastAdjustment[a] : 0);
            if (score >= threshold)
            {
                links.Add(new ScoredPair(a, b, score));
            }

            kept?.Add(new CandidatePair(a, b, vector, score));
        }

        Mark("score");
        var clusterOf = Clusterer.Cluster(
            records.Length,
            links,
            (a, b) => scorer.Score(records[a], records[b]),
            options.Clustering(threshold));
        Mark("cluster");
        return new DedupResult(records, clusterOf, scorer, (IReadOnlyList<CandidatePair>?)kept ?? [], pairs.Length, largeBlocks, threshold) { Stages = stages };
    }

    /// <summary>
    /// However small the file, two registrations need this much evidence (a Bayes factor of 1024:1) to be linked:
    /// in a file of ten rows the prior odds are high, but a family sharing a name, a birthday and a town is not one person.
    /// </summary>
    public const double MinScoreThreshold = 10;

    /// <summary>
    /// The score at which the posterior probability of a match reaches <paramref name="probability"/>, given the
    /// expected number of matching pairs among all n(n-1)/2 pairs of the file.
    /// </summary>
    public static double ScoreThreshold(double probability, double expectedMatchingPairs, int recordCount)
    {
        var allPairs = Math.Max(1.0, recordCount * (recordCount - 1.0) / 2);
        var prior = Math.Clamp(Math.Max(expectedMatchingPairs, 1) / allPairs, 1e-12, 0.5);
        var p = Math.Clamp(probability, 1e-6, 1 - 1e-6);
        return Math.Max(MinScoreThreshold, Math.Log2(p / (1 - p)) - Math.Log2(prior / (1 - prior)));
    }

    private static (int A, int B) Unpack(ulong packed) => ((int)(packed >> 32), (int)(uint)packed);
}
