namespace Amuddu.Linkage.Scoring;

/// <summary>Why a pair scored what it did: one reason per field, and their sum.</summary>
public sealed record MatchExplanation(double Score, IReadOnlyList<FieldReason> Reasons, bool NamesSwapped)
{
    public override string ToString() =>
        (NamesSwapped ? "names swapped; " : string.Empty)
        + string.Join("; ", Reasons.Where(r => r.Level != 0).Select(r => $"{r.Field} {r.Agreement} ({r.Weight:+0.0;-0.0})"));
}

/// <summary>The agreement level of one field and the weight (log2 m/u) it adds to the score.</summary>
public sealed record FieldReason(Field Field, string Agreement, byte Level, double Weight);
