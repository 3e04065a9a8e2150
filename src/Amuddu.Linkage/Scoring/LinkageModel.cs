using Amuddu.Linkage.Comparison;

namespace Amuddu.Linkage.Scoring;

/// <summary>
/// A Fellegi–Sunter model: the score of a pair is the sum over fields of log2(m/u) for the agreement level seen,
/// i.e. the log2 Bayes factor that the two registrations are the same person. Each term is reported as a reason.
/// </summary>
public sealed class LinkageModel
{
    private readonly double[][] weights;

    public LinkageModel(IReadOnlyList<FieldProbabilities> fields, double prior)
    {
        Fields = fields.OrderBy(f => f.Field).ToArray();
        if (Fields.Count != AgreementLevels.AllFields.Length)
        {
            throw new ArgumentException("A model needs probabilities for every field.", nameof(fields));
        }

        Prior = prior;
        weights = Fields.Select(f =>
        {
            var w = new double[f.M.Length];
            for (var level = 1; level < w.Length; level++)
            {
                w[level] = Math.Log2(Math.Max(f.M[level], 1e-9) / Math.Max(f.U[level], 1e-9));
            }

            return w;
        }).ToArray();
    }

    public IReadOnlyList<FieldProbabilities> Fields { get; }

    /// <summary>Share of candidate pairs that are true matches, as estimated when the model was trained.</summary>
    public double Prior { get; }

    public double Weight(Field field, byte level) => weights[(int)field][level];

    public double Score(ComparisonVector vector)
    {
        var total = 0.0;
        var packed = vector.Packed;
        for (var f = 0; f < weights.Length; f++, packed >>= 8)
        {
            total += weights[f][(byte)packed];
        }

        return total;
    }

    public MatchExplanation Explain(ComparisonVector vector, bool namesSwapped)
    {
        var reasons = AgreementLevels.AllFields
            .Select(f => new FieldReason(f, AgreementLevels.Describe(f, vector[f]), vector[f], Weight(f, vector[f])))
            .ToArray();
        return new MatchExplanation(Score(vector), reasons, namesSwapped);
    }

    /// <summary>Probabilities written down from what registries of migrants look like; see docs/linkage.md.</summary>
    public static LinkageModel Default { get; } = new(
    [
        // missing, exact, variant, phonetic, fuzzy, different, different known names
        new(Field.FirstName, [0, 0.70, 0.10, 0.08, 0.09, 0.03, 0.00005], [0, 0.01, 0.003, 0.004, 0.02, 0.763, 0.2]),
        new(Field.LastName, [0, 0.72, 0.08, 0.07, 0.08, 0.049, 0.001], [0, 0.005, 0.002, 0.003, 0.015, 0.775, 0.2]),
        // missing, exact, swapped, year±1, one part, same year only, different
        new(Field.DateOfBirth, [0, 0.85, 0.045, 0.045, 0.04, 0.01, 0.01], [0, 0.0001, 0.00006, 0.0002, 0.003, 0.0005, 0.9961]),
        // missing, same, different
        new(Field.Sex, [0, 0.97, 0.03], [0, 0.5, 0.5]),
        new(Field.Nationality, [0, 0.95, 0.05], [0, 0.12, 0.88]),
        // missing, exact, one character, different
        new(Field.Phone, [0, 0.75, 0.03, 0.22], [0, 0.0001, 0.0005, 0.9994]),
        new(Field.Document, [0, 0.80, 0.05, 0.15], [0, 0.00005, 0.0002, 0.99975]),
        new(Field.City, [0, 0.60, 0.40], [0, 0.12, 0.88]),
    ], prior: 0.05);
}
