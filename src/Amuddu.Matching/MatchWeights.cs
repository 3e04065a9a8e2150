namespace Amuddu.Matching;

/// <summary>The parts of a score, in the order they are shown.</summary>
public enum MatchPartKind
{
    Occupation,
    Skills,
    Languages,
    Education,
    Experience,
    Place,
    Availability,
}

/// <summary>How a part went: fully, in part, or not at all.</summary>
public enum PartOutcome
{
    Met,
    Partly,
    Short,
}

/// <summary>
/// The points each part is worth; they add up to 100. A part earns its weight times how well it is met (0 to 1);
/// the score is the sum. These are the only inputs of a score.
/// </summary>
public sealed record MatchWeights(int Occupation, int Skills, int Languages, int Education, int Experience, int Place, int Availability)
{
    public static readonly MatchWeights Default = new(Occupation: 25, Skills: 30, Languages: 15, Education: 10, Experience: 10, Place: 5, Availability: 5);

    public int Total => Occupation + Skills + Languages + Education + Experience + Place + Availability;

    public int Of(MatchPartKind kind) => kind switch
    {
        MatchPartKind.Occupation => Occupation,
        MatchPartKind.Skills => Skills,
        MatchPartKind.Languages => Languages,
        MatchPartKind.Education => Education,
        MatchPartKind.Experience => Experience,
        MatchPartKind.Place => Place,
        MatchPartKind.Availability => Availability,
    };

    /// <summary>How much of the occupation part each closeness earns.</summary>
    public static double OccupationShare(OccupationFit fit) => fit switch
    {
        OccupationFit.Same => 1.0,
        OccupationFit.Related => 0.7,
        OccupationFit.Near => 0.4,
        OccupationFit.Unrelated => 0.0,
    };
}
