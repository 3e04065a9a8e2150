namespace Amuddu.Linkage.Clustering;

/// <summary>Two records (by position in the input) and the score of the pair.</summary>
public readonly record struct ScoredPair(int A, int B, double Score);
