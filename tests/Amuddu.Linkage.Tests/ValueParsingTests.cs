using Amuddu.Linkage.Normalisation;

namespace Amuddu.Linkage.Tests;

public class ValueParsingTests
{
    [Theory]
    [InlineData("1987-10-11", 1987, 10, 11)]
    [InlineData("19871011", 1987, 10, 11)]
    [InlineData("11/10/1987", 1987, 10, 11)]
    [InlineData("11-10-1987", 1987, 10, 11)]
    [InlineData("11.10.1987", 1987, 10, 11)]
    [InlineData("1987/10/11", 1987, 10, 11)]
    [InlineData("1987", 1987, 0, 0)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("1987-10-11 00:00:00", 1987, 10, 11)]
    public void Dates_are_read_in_the_common_forms(string text, int year, int month, int day)
    {
        Assert.True(DateParser.TryParse(text, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
    }

    [Theory]
    [InlineData("19560431")]
    [InlineData("1900-02-29")]
    [InlineData("31/02/1990")]
    [InlineData("1987-13-01")]
    [InlineData("abc")]
    [InlineData("87")]
    [InlineData("")]
    [InlineData("0000")]
    public void Impossible_or_unreadable_dates_are_rejected(string text) =>
        Assert.False(DateParser.TryParse(text, out _));

    [Theory]
    [InlineData("0612345678", "+212612345678")]
    [InlineData("06 12 34 56 78", "+212612345678")]
    [InlineData("06-12-34-56-78", "+212612345678")]
    [InlineData("+212 6 12 34 56 78", "+212612345678")]
    [InlineData("+212612345678", "+212612345678")]
    [InlineData("00212 612 345678", "+212612345678")]
    [InlineData("212612345678", "+212612345678")]
    [InlineData("+212 0612345678", "+212612345678")]
    [InlineData("0712345678", "+212712345678")]
    [InlineData("612345678", "+212612345678")]
    [InlineData("+221 77 123 45 67", "+221771234567")]
    [InlineData("00221 77 123 45 67", "+221771234567")]
    [InlineData("221771234567", "+221771234567")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("0033 612345678", "+33612345678")]
    [InlineData("+33 (0)6 12 34 56 78", "+33612345678")]
    [InlineData("05 22 27 41 90", "+212522274190")]
    public void Phones_are_normalised_to_E164(string text, string expected)
    {
        Assert.True(PhoneNormaliser.TryNormalise(text, out var e164));
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("06 12 AB 56 78")]
    [InlineData("call me")]
    [InlineData("12345")]
    [InlineData("+2")]
    [InlineData("1-800-FLOWERS")]
    [InlineData("+33 12")]
    [InlineData("0112345678")]
    public void Phones_with_letters_or_too_short_are_unreadable(string text) =>
        Assert.False(PhoneNormaliser.TryNormalise(text, out _));

    [Theory]
    [InlineData("+33612345678", false)]
    [InlineData("+221771234567", false)]
    [InlineData("0612345678", true)]
    [InlineData("0712345678", true)]
    [InlineData("0522274190", false)]
    public void Moroccan_mobiles_are_told_from_foreign_and_fixed_numbers(string text, bool mobile) =>
        Assert.Equal(mobile, PhoneNormaliser.IsMobileOf(text, "MA"));

    [Theory]
    [InlineData("ab 123-456", "AB123456")]
    [InlineData(" P26851376 ", "P26851376")]
    public void Document_numbers_keep_letters_and_digits(string text, string expected) =>
        Assert.Equal(expected, ValueNormaliser.Document(text));

    [Theory]
    [InlineData("M", 'M')]
    [InlineData("f", 'F')]
    [InlineData("Femme", 'F')]
    [InlineData("ذكر", 'M')]
    [InlineData("", '\0')]
    [InlineData("?", '\0')]
    public void Sex_is_read_in_French_English_and_Arabic(string text, char expected) =>
        Assert.Equal(expected, ValueNormaliser.Sex(text));

    [Fact]
    public void Unreadable_values_are_flagged_and_treated_as_missing()
    {
        var r = RecordPreparer.Prepare(new PersonRecord("1", "A", "B", DateOfBirth: "19560431", Phone: "06 AB"));
        Assert.True(r.DateOfBirth.IsMissing);
        Assert.Equal(string.Empty, r.Phone);
        Assert.Equal(UnreadableFields.DateOfBirth | UnreadableFields.Phone, r.Unreadable);
    }
}
