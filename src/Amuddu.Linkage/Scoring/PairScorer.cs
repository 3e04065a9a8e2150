using Amuddu.Linkage.Comparison;

namespace Amuddu.Linkage.Scoring;

/// <summary>Scores pairs of prepared records with a <see cref="LinkageModel"/> and the name-frequency adjustment.</summary>
public sealed class PairScorer(LinkageModel model, NameFrequencies? frequencies)
{
    /// <summary>A rare name may add at most this many bits over an average name, so it never outweighs a date of birth.</summary>
    private const double MaxBonusBits = 3;

    public LinkageModel Model { get; } = model;

    public double Score(PreparedRecord a, ComparisonVector vector) =>
        Model.Score(vector) + Adjustment(Field.FirstName, a.First.Canonical, vector) + Adjustment(Field.LastName, a.Last.Canonical, vector);

    public double Score(PreparedRecord a, PreparedRecord b) => Score(a, RecordComparer.Compare(a, b));

    public MatchExplanation Explain(PreparedRecord a, PreparedRecord b)
    {
        var vector = RecordComparer.Compare(a, b, out var swapped);
        var reasons = AgreementLevels.AllFields.Select(f =>
        {
            var weight = Model.Weight(f, vector[f]);
            weight += f switch
            {
                Field.FirstName => Adjustment(f, a.First.Canonical, vector),
                Field.LastName => Adjustment(f, a.Last.Canonical, vector),
                _ => 0,
            };
            return new FieldReason(f, AgreementLevels.Describe(f, vector[f]), vector[f], weight);
        }).ToArray();
        return new MatchExplanation(reasons.Sum(r => r.Weight), reasons, swapped);
    }

    public double Adjustment(Field field, string canonical, ComparisonVector vector) =>
        vector[field] == AgreementLevels.Name.Exact ? ExactNameAdjustment(field, canonical) : 0;

    /// <summary>
    /// The correction to an exact name agreement's weight for this particular name. Only exact agreement: for a
    /// variant spelling the chance of agreeing is not the frequency of the name.
    /// </summary>
    public double ExactNameAdjustment(Field field, string canonical)
    {
        if (frequencies is null || frequencies.Total < 1000)
        {
            return 0;
        }

        var u = Model.Fields[(int)field].U[AgreementLevels.Name.Exact];
        return Math.Min(MaxBonusBits, Math.Log2(u / frequencies.Frequency(canonical)));
    }
}
