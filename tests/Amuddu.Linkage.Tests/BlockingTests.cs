using Amuddu.Linkage.Blocking;

namespace Amuddu.Linkage.Tests;

public class BlockingTests
{
    private static PreparedRecord P(string first, string last, string? dob, string? phone, string? doc, string nationality = "ML") =>
        RecordPreparer.Prepare(new PersonRecord(Guid.NewGuid().ToString(), first, last, "M", dob, nationality, phone, doc, "Fès"));

    private static bool Paired(PreparedRecord a, PreparedRecord b) =>
        CandidatePairs.Generate([a, b], 100, out _).Length == 1;

    [Fact]
    public void A_pair_survives_a_missing_phone_and_document() =>
        Assert.True(Paired(P("Seydou", "Camara", "1983-10-23", "0771107298", "R02305066"), P("Seidou", "Camara", "1983-10-23", null, null)));

    [Fact]
    public void A_pair_survives_a_missing_date_of_birth() =>
        Assert.True(Paired(P("Seydou", "Camara", "1983-10-23", null, null), P("Saidou", "Kamara", null, null, null)));

    [Fact]
    public void A_pair_survives_misspelt_names_through_the_phone() =>
        Assert.True(Paired(P("Rokiatou", "Turay", null, "0645819900", null), P("Ruya", "Torue", null, "+212645819900", null)));

    [Fact]
    public void A_pair_survives_swapped_names_and_a_swapped_date() =>
        Assert.True(Paired(P("Houda", "Keita", "1985-09-04", null, null), P("Keïta", "Huda", "1985-04-09", null, null)));

    [Fact]
    public void A_pair_survives_a_wrong_year_and_a_misspelt_first_name() =>
        Assert.True(Paired(P("Mamadou", "Diallo", "1974-07-14", null, null), P("Mamoudou", "Diallo", "1975-07-14", null, null)));

    [Fact]
    public void Strangers_are_not_paired() =>
        Assert.False(Paired(P("Seydou", "Camara", "1983-10-23", "0771107298", "R02305066"), P("Aminata", "Sow", "1990-01-01", "0612345678", "P1234567", "SN")));

    [Fact]
    public void Oversized_blocks_are_compared_only_with_their_neighbours_by_date()
    {
        var records = Enumerable.Range(0, 30).Select(i => P("X", "Y", $"1990-01-{1 + i:D2}", "0612345678", null)).ToArray();
        var pairs = CandidatePairs.Generate(records, 10, out var large, window: 3);
        Assert.True(large >= 1);
        Assert.Equal((27 * 3) + 2 + 1, pairs.Length);
        Assert.Contains((5UL << 32) | 6, pairs);
        Assert.DoesNotContain((5UL << 32) | 20, pairs);
    }

    [Fact]
    public void Pairs_are_distinct_and_ordered()
    {
        var records = new[] { P("A", "B", "1990-01-01", "0612345678", "DOC12345"), P("A", "B", "1990-01-01", "0612345678", "DOC12345") };
        var pairs = CandidatePairs.Generate(records, 10, out _);
        Assert.Equal([1UL], pairs);
    }
}
