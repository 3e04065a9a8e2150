using Amuddu.Linkage.Comparison;
using Amuddu.Linkage.Normalisation;
using static Amuddu.Linkage.Comparison.AgreementLevels;

namespace Amuddu.Linkage.Tests;

public class ComparisonTests
{
    private static PreparedRecord P(string first, string last, string? dob = null, string? phone = null, string? doc = null, string? sex = null) =>
        RecordPreparer.Prepare(new PersonRecord(Guid.NewGuid().ToString(), first, last, sex, dob, "ML", phone, doc, "Rabat"));

    private static PartialDate D(string text) => DateParser.TryParse(text, out var d) ? d : default;

    [Fact]
    public void Swapped_first_and_last_names_are_recognised()
    {
        var v = RecordComparer.Compare(P("Salima", "Keita"), P("Keïta", "Salima"), out var swapped);
        Assert.True(swapped);
        Assert.Equal(Name.Exact, v[Field.FirstName]);
        Assert.Equal(Name.Exact, v[Field.LastName]);
    }

    [Fact]
    public void Names_in_place_are_not_reported_as_swapped()
    {
        RecordComparer.Compare(P("Salima", "Keita"), P("Salima", "Kaita"), out var swapped);
        Assert.False(swapped);
    }

    [Theory]
    [InlineData("1987-10-11", "1987-10-11", Date.Exact)]
    [InlineData("1987-10-11", "1987-11-10", Date.DayMonthSwapped)]
    [InlineData("1987-10-11", "1988-10-11", Date.YearOffByOne)]
    [InlineData("1987-10-11", "1986-10-11", Date.YearOffByOne)]
    [InlineData("1987-10-11", "1987-10-17", Date.OneComponentDiffers)]
    [InlineData("1987-10-11", "1987", Date.SameYearOnly)]
    [InlineData("1987-10-11", "1990-03-02", Date.Disagree)]
    [InlineData("1987-10-11", "", Missing)]
    public void Dates_of_birth_have_graded_agreement(string a, string b, byte expected) =>
        Assert.Equal(expected, RecordComparer.CompareDate(D(a), D(b)));

    [Fact]
    public void Phones_in_different_formats_agree_exactly()
    {
        var v = RecordComparer.Compare(P("A", "B", phone: "06 12 34 56 78"), P("A", "B", phone: "00212612345678"));
        Assert.Equal(Identifier.Exact, v[Field.Phone]);
    }

    [Fact]
    public void A_document_number_with_one_typo_is_a_near_agreement()
    {
        var v = RecordComparer.Compare(P("A", "B", doc: "P26851376"), P("A", "B", doc: "P26851367"));
        Assert.Equal(Identifier.OneEdit, v[Field.Document]);
    }

    [Fact]
    public void Missing_values_are_missing_on_every_field()
    {
        var v = RecordComparer.Compare(RecordPreparer.Prepare(new PersonRecord("1")), P("A", "B", "1990-01-01", "0612345678", "X12345", "F"));
        foreach (var field in AllFields)
        {
            Assert.Equal(Missing, v[field]);
        }
    }

    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.84)]
    public void Jaro_winkler_matches_the_published_examples(string a, string b, double expected) =>
        Assert.Equal(expected, StringSimilarity.JaroWinkler(a, b), 2);

    [Theory]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("same", "same", 0)]
    public void Damerau_counts_transpositions_as_one_edit(string a, string b, int expected) =>
        Assert.Equal(expected, StringSimilarity.Damerau(a, b, 5));
}
