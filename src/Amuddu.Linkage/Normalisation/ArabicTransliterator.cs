using System.Text;

namespace Amuddu.Linkage.Normalisation;

/// <summary>
/// Letter-by-letter Arabic-to-Latin transliteration following the French-influenced conventions used in
/// Moroccan civil registration (ش → ch, و → ou). Arabic script omits short vowels, so the result is a
/// consonant-heavy spelling; known names are resolved through <see cref="NameVariants"/> before this is used.
/// </summary>
public static class ArabicTransliterator
{
    public static string Transliterate(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previousIsLetter = i > 0 && IsArabicLetter(text[i - 1]);
            builder.Append(c switch
            {
                'ا' or 'أ' or 'آ' or 'ى' => "a",
                'إ' => "i",
                'ب' => "b",
                'ت' or 'ط' => "t",
                'ث' => "th",
                'ج' => "j",
                'ح' or 'ه' => "h",
                'خ' => "kh",
                'د' or 'ض' => "d",
                'ذ' => "dh",
                'ر' => "r",
                'ز' or 'ظ' => "z",
                'س' or 'ص' => "s",
                'ش' => "ch",
                'ع' or 'ء' or 'ئ' or 'ؤ' => "",
                'غ' => "gh",
                'ف' => "f",
                'ق' or 'ك' => "k",
                'ل' => "l",
                'م' => "m",
                'ن' => "n",
                'ة' => "a",
                // A waw or yeh after a letter is a long vowel; at the start of a word it is a consonant.
                'و' => previousIsLetter ? "ou" : "w",
                'ي' => previousIsLetter ? "i" : "y",
                'پ' => "p",
                'ڤ' => "v",
                'گ' or 'ڭ' => "g",
                '\u0640' => "", // tatweel is decoration
                >= '\u064B' and <= '\u065F' => "", // harakat, rarely typed and never consistently
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';
}
