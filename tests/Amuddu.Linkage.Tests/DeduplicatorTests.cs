using Amuddu.Linkage.Batch;

namespace Amuddu.Linkage.Tests;

public class DeduplicatorTests
{
    private static readonly PersonRecord[] People =
    [
        new("1", "Mohamed", "El Amrani", "M", "1985-03-02", "SY", "0612345678", "P1234567", "Rabat"),
        new("2", "محمد", "Amrani", "M", "02/03/1985", "SY", "+212612345678", null, "Casablanca"),
        new("3", "Muhammad", "Al-Amrani", "M", "1985-02-03", "SY", null, "P1234567", "Rabat"),
        new("4", "Mahmoud", "El Amrani", "M", "1985-03-02", "SY", "0698765432", "P7654321", "Rabat"),
        new("5", "Fatoumata", "Diallo", "F", "1990-07-14", "GN", "0711111111", null, "Tanger"),
        new("6", "Diallo", "Fatima", "F", "1991-07-14", "GN", "07 11 11 11 11", null, "Tanger"),
        new("7", "Aminata", "Sow", "F", "1979-01-01", "SN", null, null, "Fès"),
    ];

    [Fact]
    public void Registrations_of_the_same_person_are_clustered_and_namesakes_kept_apart()
    {
        var result = Deduplicator.Run(People, new DedupOptions { LearnWeights = false, ScoreThreshold = 20 });
        var c = result.ClusterOf;
        Assert.Equal(c[0], c[1]);
        Assert.Equal(c[0], c[2]);
        Assert.NotEqual(c[0], c[3]);
        Assert.Equal(c[4], c[5]);
        Assert.Equal(4, result.ClusterCount);
    }

    [Fact]
    public void Kept_pairs_carry_agreement_levels()
    {
        var result = Deduplicator.Run(People, new DedupOptions { LearnWeights = false, ScoreThreshold = 20, KeepPairs = true });
        var pair = result.Pairs.Single(p => p.A == 0 && p.B == 3);
        Assert.Equal("different known names", Comparison.AgreementLevels.Describe(Field.FirstName, pair.Vector[Field.FirstName]));
        Assert.Equal(result.CandidatePairCount, result.Pairs.Count);
    }

    [Fact]
    public void The_score_needed_grows_with_the_size_of_the_file()
    {
        var small = Deduplicator.ScoreThreshold(0.8, 100, 1_000);
        var large = Deduplicator.ScoreThreshold(0.8, 100_000, 1_000_000);
        Assert.True(large > small + 5);
    }

    [Fact]
    public void Learning_weights_on_a_tiny_file_still_works()
    {
        var result = Deduplicator.Run(People, new DedupOptions());
        Assert.Equal(result.ClusterOf[0], result.ClusterOf[1]);
        Assert.NotEqual(result.ClusterOf[0], result.ClusterOf[3]);
    }
}
