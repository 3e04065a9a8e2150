namespace Amuddu.Linkage.Scoring;

/// <summary>
/// For one field, the probability of each agreement level among true matches (m) and among non-matches (u).
/// Index 0 (missing) is ignored: a missing value weighs nothing.
/// </summary>
public sealed record FieldProbabilities(Field Field, double[] M, double[] U);
