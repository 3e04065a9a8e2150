using System.Text;

namespace Amuddu.Linkage.Normalisation;

/// <summary>
/// A sound key for names transliterated from Arabic, Wolof, Mandinka, Fula and Bambara into French or English
/// spelling. Unlike Soundex it keeps the vowel skeleton (folded to three classes) because dropping vowels makes
/// Mohamed and Mahmoud, or Hamid and Hamada, collide.
/// </summary>
public static class PhoneticKey
{
    public static string Of(string folded)
    {
        if (folded.Length == 0)
        {
            return folded;
        }

        var s = folded.Replace(" ", string.Empty, StringComparison.Ordinal);
        var b = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            switch (c)
            {
                case 'p' when next == 'h':
                    b.Append('f');
                    i++;
                    continue;
                case 't' or 'd' when next == 'h':
                    // Othmane/Ousmane: the Arabic tha is written th, s or t depending on the registrar.
                    b.Append(c == 't' ? 's' : 'z');
                    i++;
                    continue;
                case 'k' or 'g' when next == 'h':
                    b.Append(c);
                    i++;
                    continue;
                case 's' or 'c' when next == 'h':
                    b.Append('s');
                    i++;
                    continue;
                case 'd' when next == 'j':
                    b.Append('j');
                    i++;
                    continue;
                case 'o' or 'e' when next is 'u' or 'o':
                    b.Append('u');
                    i++;
                    continue;
                case 'a' or 'e' when next is 'i' or 'y':
                    b.Append('i');
                    i++;
                    continue;
                case 'c' or 'q':
                    b.Append(next is 'e' or 'i' or 'y' ? 's' : 'k');
                    continue;
                case 'x':
                    b.Append("ks");
                    continue;
                case 'z':
                    b.Append('s');
                    continue;
                case 'y':
                    b.Append('i');
                    continue;
                case 'w':
                    b.Append('u');
                    continue;
                case 'o':
                    b.Append('u');
                    continue;
                case 'e':
                    b.Append('i');
                    continue;
                case 'h' when i > 0 && !IsVowel(s[i - 1]):
                    // A silent h after a consonant (Rahman/Raman, Ahmed/Amed is not reached: a precedes h).
                    continue;
                default:
                    b.Append(c);
                    continue;
            }
        }

        // Final silent letters: Ousmane/Usman, Abdallah/Abdalla, Fatimah/Fatima.
        if (b.Length > 2 && b[^1] == 'h')
        {
            b.Length--;
        }
        else if (b.Length > 3 && folded[^1] == 'e' && b[^1] == 'i' && !IsVowel(b[^2]))
        {
            b.Length--;
        }

        return Collapse(b);
    }

    private static string Collapse(StringBuilder b)
    {
        var result = new StringBuilder(b.Length);
        for (var i = 0; i < b.Length; i++)
        {
            if (i > 0 && b[i] == b[i - 1])
            {
                continue;
            }

            result.Append(b[i]);
        }

        return result.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
