using Amuddu.Linkage.Clustering;
using Amuddu.Linkage.Scoring;

namespace Amuddu.Linkage.Batch;

public sealed record DedupOptions
{
    /// <summary>
    /// Minimum probability that two registrations are the same person for them to be linked. The probability
    /// combines the pair's score with the prior odds that two registrations of this file are the same person,
    /// so the score needed grows with the size of the file, as it must: more people, more chance namesakes.
    /// </summary>
    public double MatchProbability { get; init; } = 0.8;

    /// <summary>Minimum score (log2 Bayes factor) instead of <see cref="MatchProbability"/>, when set.</summary>
    public double? ScoreThreshold { get; init; }

    /// <summary>Learn m, u and the prior from the data (EM); otherwise use <see cref="Model"/> as configured.</summary>
    public bool LearnWeights { get; init; } = true;

    /// <summary>Starting point for EM, or the weights used as they are when <see cref="LearnWeights"/> is off.</summary>
    public LinkageModel Model { get; init; } = LinkageModel.Default;

    /// <summary>Weigh exact agreement on a name by how common that name is in the file.</summary>
    public bool NameFrequencyAdjustment { get; init; } = true;

    public int MaxBlockSize { get; init; } = 50;

    /// <summary>
    /// When a link would join two groups of several registrations, the average score over all their cross pairs
    /// must reach this fraction of the threshold; guards against chaining (see <see cref="Clusterer"/>).
    /// </summary>
    public double MinAverageLinkFraction { get; init; } = 0.5;

    public int MaxClusterSize { get; init; } = 50;

    /// <summary>Keep every scored candidate pair in the result (for a pairs report); costs memory on big files.</summary>
    public bool KeepPairs { get; init; }

    public int Seed { get; init; } = 1;

    internal ClusteringOptions Clustering(double threshold) => new()
    {
        Threshold = threshold,
        MinAverageLinkScore = MinAverageLinkFraction * threshold,
        MaxClusterSize = MaxClusterSize,
    };
}
