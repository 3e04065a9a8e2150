using System.Globalization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>The framework's own words (typed by an administrator in three languages) in the reader's language, French when missing.</summary>
internal static class Localised
{
    public static string Pick(CultureInfo culture, string french, string? arabic, string? english) =>
        culture.TwoLetterISOLanguageName switch
        {
            "ar" when !string.IsNullOrWhiteSpace(arabic) => arabic,
            "en" when !string.IsNullOrWhiteSpace(english) => english,
            _ => french,
        };

    public static string? PickOptional(CultureInfo culture, string? french, string? arabic, string? english) =>
        french is null && arabic is null && english is null ? null : Pick(culture, french ?? arabic ?? english!, arabic, english);
}
