using System.Globalization;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>The languages an offer's words are written in; French is the one every offer has.</summary>
public static class OfferLanguages
{
    public const string French = "fr";
    public static readonly string[] All = [French, "ar", "en"];

    /// <summary>A piece of an offer's words and the language it is actually in, for the page's lang attribute.</summary>
    public sealed record Localised(string Value, string Language);

    /// <summary>
    /// One field of the offer in the reader's language, or in French when it was not written in
    /// theirs (field by field: an Arabic name with no Arabic description shows the French description).
    /// </summary>
    public static Localised? Pick(IEnumerable<OfferText> texts, CultureInfo culture, Func<OfferText, string?> field)
    {
        var language = culture.TwoLetterISOLanguageName;
        foreach (var text in texts.Where(t => t.Language == language || t.Language == French).OrderBy(t => t.Language == language ? 0 : 1))
        {
            if (field(text) is { Length: > 0 } value)
            {
                return new Localised(value, text.Language);
            }
        }

        return null;
    }

    /// <summary>The offer's name for lists: the reader's language, else French.</summary>
    public static string NameIn(IEnumerable<OfferText> texts, CultureInfo culture) =>
        Pick(texts, culture, t => t.Name)?.Value ?? "";
}
