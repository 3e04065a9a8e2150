using System.Globalization;
using System.Text;

namespace Amuddu.Linkage.Normalisation;

/// <summary>
/// Folds Latin text to lower-case ASCII letters and digits so that "Koné", "KONE" and "Kone" meet.
/// Punctuation becomes a space because registrations use hyphens, apostrophes and spaces interchangeably.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // Most names are plain ASCII; decomposing them would only allocate.
        var decomposed = System.Text.Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = FoldSpecial(char.ToLowerInvariant(raw));
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
            else if (c is '\'' or '\u2019' or '\u02bc' or '`' or '\u00b4')
            {
                // N'Diaye and Ndiaye are the same name: an apostrophe joins, it does not separate.
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Letters that Unicode decomposition does not reduce to ASCII.</summary>
    private static char FoldSpecial(char c) => c switch
    {
        'ø' => 'o',
        'ł' => 'l',
        'đ' => 'd',
        'ß' => 's',
        'æ' => 'a',
        'œ' => 'o',
        'ı' => 'i',
        _ => c,
    };

    public static bool ContainsArabic(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                return true;
            }
        }

        return false;
    }
}
