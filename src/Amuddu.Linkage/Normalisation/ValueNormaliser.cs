using System.Text;

namespace Amuddu.Linkage.Normalisation;

/// <summary>Small normalisations for the fields that need no linguistic knowledge.</summary>
public static class ValueNormaliser
{
    /// <summary>Document numbers: upper case letters and digits only, so "AB 123-456" and "ab123456" meet.</summary>
    public static string Document(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                b.Append(char.ToUpperInvariant(c));
            }
        }

        return b.ToString();
    }

    /// <summary>Sex as 'M', 'F', or '\0' when not stated or not readable (French, English, Arabic forms).</summary>
    public static char Sex(string? text)
    {
        var s = TextFolding.Fold(text);
        return s switch
        {
            "m" or "male" or "h" or "homme" or "masculin" or "man" or "1" => 'M',
            "f" or "female" or "femme" or "feminin" or "woman" or "2" => 'F',
            _ => text?.Trim() switch
            {
                "ذكر" => 'M',
                "أنثى" or "انثى" => 'F',
                _ => '\0',
            },
        };
    }

    /// <summary>Nationality code or name, folded (ML, ml, Mali stay different only if typed differently).</summary>
    public static string Nationality(string? text) => TextFolding.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    public static string City(string? text) => TextFolding.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal);
}
