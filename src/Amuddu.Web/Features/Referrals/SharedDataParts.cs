namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// <see cref="SharedData"/> travels as a list of parts (["Identity", "Notes"]) so that a client never
/// deals with flag arithmetic; stored, it is one flags value.
/// </summary>
public static class SharedDataParts
{
    /// <summary>Every part a person may agree to share, in the order forms show them.</summary>
    public static readonly IReadOnlyList<SharedData> All =
        [SharedData.Identity, SharedData.DocumentsAndLegalStatus, SharedData.PositioningAndSkills, SharedData.ActionPlan, SharedData.Notes];

    public static IReadOnlyList<SharedData> Split(SharedData value) => [.. All.Where(p => value.HasFlag(p))];

    public static SharedData Combine(IEnumerable<SharedData> parts) => parts.Aggregate(SharedData.None, (all, p) => all | p);

    /// <summary>A part is one named value: not None, not a number outside the list, not several at once.</summary>
    public static bool AreKnown(IEnumerable<SharedData> parts) => parts.All(All.Contains);

    /// <summary>Checkbox values as the form posted them; anything unknown is dropped rather than guessed.</summary>
    public static List<SharedData> Parse(IEnumerable<string?> values) =>
        [.. values.Select(v => Enum.TryParse<SharedData>(v, ignoreCase: false, out var part) ? part : SharedData.None).Where(All.Contains).Distinct()];
}
