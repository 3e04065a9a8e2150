namespace Amuddu.Matching;

/// <summary>One requirement of a part and how the person stands against it.</summary>
/// <param name="Code">A skill, language, occupation, region or city code; empty when the part has none.</param>
/// <param name="Required">What the vacancy asks (a CEFR level, an education step, years, a date; "essential" or "optional" for a
/// skill; for the occupation, how close the person's closest occupation is: Same, Related, Near or Unrelated).</param>
/// <param name="Held">What the person has (for the occupation, the closest one), or null when they have nothing of it.</param>
public sealed record MatchItem(string Code, PartOutcome Outcome, string? Required = null, string? Held = null);

/// <summary>A part of the score: its weight, the points earned, how it went and the requirements behind it.</summary>
public sealed record MatchPart(MatchPartKind Kind, int Weight, double Points, PartOutcome Outcome, IReadOnlyList<MatchItem> Items);

/// <summary>A score (0–100) with its parts, whose points add up to it, and the gaps (the items not met).</summary>
public sealed record MatchResult(Guid CandidateId, Guid VacancyId, int Score, IReadOnlyList<MatchPart> Parts)
{
    public IEnumerable<(MatchPartKind Part, MatchItem Item)> Gaps =>
        Parts.SelectMany(p => p.Items.Where(i => i.Outcome != PartOutcome.Met).Select(i => (p.Kind, i)));

    /// <summary>The essential and optional skills the person lacks: what a training could close.</summary>
    public IEnumerable<string> MissingSkills =>
        Parts.Where(p => p.Kind == MatchPartKind.Skills).SelectMany(p => p.Items).Where(i => i.Outcome == PartOutcome.Short).Select(i => i.Code);
}
