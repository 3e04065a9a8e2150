namespace Amuddu.Linkage.Online;

public sealed record OnlineIndexOptions
{
    /// <summary>Keys shared by more records than this are searched only among people born within a year of the registration.</summary>
    public int MaxPostingsPerKey { get; init; } = 1000;

    /// <summary>Candidates scoring below this are not returned (log2 Bayes factor; 0 = evidence is even).</summary>
    public double MinScore { get; init; }
}
