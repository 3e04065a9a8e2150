using Amuddu.Linkage.Comparison;
using Amuddu.Linkage.Normalisation;
using static Amuddu.Linkage.Comparison.AgreementLevels;

namespace Amuddu.Linkage.Tests;

public class NameNormalisationTests
{
    private static byte Level(string a, string b) => RecordComparer.CompareName(NameNormaliser.Prepare(a), NameNormaliser.Prepare(b));

    [Theory]
    [InlineData("Koné", "kone")]
    [InlineData("KEÏTA", "keita")]
    [InlineData("  Ben-Ali ", "ben ali")]
    [InlineData("N'Diaye", "ndiaye")]
    [InlineData("Béni Mellal", "beni mellal")]
    public void Folding_removes_case_diacritics_and_punctuation(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(input));

    [Theory]
    [InlineData("Mohamed", "Mohammed")]
    [InlineData("Mohamed", "Muhammad")]
    [InlineData("محمد", "Mohamed")]
    [InlineData("محمد", "Muhammad")]
    [InlineData("Ousmane", "Othmane")]
    [InlineData("Ousmane", "Usman")]
    [InlineData("Fatoumata", "Fatima")]
    [InlineData("فاطمة", "Fatoumata")]
    [InlineData("Abdoulaye", "Abdallah")]
    [InlineData("عبد الله", "Abdoulaye")]
    [InlineData("Abdel Karim", "Abdelkarim")]
    [InlineData("Houda", "هدى")]
    public void Transliteration_variants_of_one_name_agree(string a, string b)
    {
        var level = Level(a, b);
        Assert.True(level is Name.Exact or Name.Variant, $"{a} ~ {b} gave level {level}");
    }

    [Theory]
    [InlineData("محمد", "محمود")]
    [InlineData("Mohamed", "Mahmoud")]
    [InlineData("Mohammed", "Mahmud")]
    [InlineData("محمد", "Mahmoud")]
    [InlineData("Mohamed", "محمود")]
    [InlineData("Ahmed", "Mohamed")]
    [InlineData("Hamid", "Ahmed")]
    public void Different_names_that_look_alike_never_agree(string a, string b) =>
        Assert.Equal(Name.Conflict, Level(a, b));

    [Theory]
    [InlineData("El Amrani", "Amrani")]
    [InlineData("El Amrani", "Al-Amrani")]
    [InlineData("Ben Ali", "Bin Ali")]
    [InlineData("Ben Ali", "Benali")]
    [InlineData("Ould Cheikh", "Cheikh")]
    [InlineData("Mbarga", "M'Barga")]
    public void Particles_hyphens_and_spaces_do_not_separate_a_name(string a, string b)
    {
        var level = Level(a, b);
        Assert.True(level is Name.Exact or Name.Variant, $"{a} ~ {b} gave level {level}");
    }

    [Theory]
    [InlineData("Seydou", "Saidou")]
    [InlineData("Chantal", "Chantale")]
    [InlineData("Coulibaly", "Kulibali")]
    public void Spelling_by_ear_agrees_phonetically_or_better(string a, string b)
    {
        var level = Level(a, b);
        Assert.True(level is Name.Exact or Name.Variant or Name.Phonetic, $"{a} ~ {b} gave level {level}");
    }

    [Theory]
    [InlineData("Mohamd", "Mahmoud")]
    [InlineData("Mouhamed", "Mahmoud")]
    [InlineData("Mohamed", "Mahmod")]
    public void Misspellings_of_Mohamed_and_Mahmoud_still_do_not_agree(string a, string b)
    {
        var level = Level(a, b);
        Assert.True(level is Name.Disagree or Name.Conflict, $"{a} ~ {b} gave level {level}");
    }

    [Fact]
    public void A_typo_is_fuzzy_agreement() => Assert.Equal(Name.Fuzzy, Level("Okafor", "Okfaor"));

    [Fact]
    public void Unrelated_names_disagree() => Assert.Equal(Name.Disagree, Level("Chantal", "Blessing"));

    [Fact]
    public void A_missing_name_is_missing_not_different() => Assert.Equal(Missing, Level("", "Mohamed"));

    [Fact]
    public void Unknown_Arabic_names_are_transliterated_to_Latin()
    {
        var name = NameNormaliser.Prepare("كريمو");
        Assert.True(name.FromArabic);
        Assert.Equal("krimou", name.Core);
    }

    [Fact]
    public void The_Arabic_article_is_a_particle()
    {
        Assert.Equal(NameNormaliser.Prepare("العمراني").Canonical, NameNormaliser.Prepare("El Amrani").Canonical);
    }
}
