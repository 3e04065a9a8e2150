using Amuddu.Linkage.Comparison;
using Amuddu.Linkage.Scoring;

namespace Amuddu.Linkage.Batch;

/// <summary>The outcome of a batch run: a cluster per record, the model used, and counts for the operator.</summary>
public sealed record DedupResult(
    IReadOnlyList<PreparedRecord> Records,
    int[] ClusterOf,
    PairScorer Scorer,
    IReadOnlyList<CandidatePair> Pairs,
    long CandidatePairCount,
    int LargeBlocks,
    double Threshold)
{
    public LinkageModel Model => Scorer.Model;

    /// <summary>Time spent in each stage, for operators sizing a run.</summary>
    public IReadOnlyList<Stage> Stages { get; init; } = [];

    public int ClusterCount => ClusterOf.Distinct().Count();
}

/// <summary>A compared candidate pair (record positions), its agreement levels and its score.</summary>
public readonly record struct CandidatePair(int A, int B, ComparisonVector Vector, double Score);

public readonly record struct Stage(string Name, TimeSpan Elapsed);
