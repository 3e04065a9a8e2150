namespace Amuddu.Linkage.Bench;

/// <summary>Pairwise precision, recall and F1 of a clustering against the true persons (see the data README).</summary>
public sealed record PairwiseMetrics(long TruePairs, long PredictedPairs, long CorrectPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;
    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairwiseMetrics Of<TCluster, TTruth>(IReadOnlyList<TCluster> predicted, IReadOnlyList<TTruth> truth)
        where TCluster : notnull
        where TTruth : notnull
    {
        static long Pairs(long n) => n * (n - 1) / 2;
        var predictedSizes = predicted.GroupBy(c => c).Sum(g => Pairs(g.LongCount()));
        var trueSizes = truth.GroupBy(t => t).Sum(g => Pairs(g.LongCount()));
        var both = predicted.Zip(truth).GroupBy(p => p).Sum(g => Pairs(g.LongCount()));
        return new PairwiseMetrics(trueSizes, predictedSizes, both);
    }

    public override string ToString() => $"P={Precision:F4} R={Recall:F4} F1={F1:F4}";
}
