namespace Amuddu.Linkage.Normalisation;

/// <summary>
/// A name reduced to the forms the comparer needs. <see cref="Full"/> keeps particles (El Amrani → "elamrani"),
/// <see cref="Core"/> drops them ("amrani"), <see cref="Canonical"/> replaces known spellings by their group's
/// canonical form, <see cref="Phonetic"/> is the sound key of the canonical form.
/// </summary>
public sealed class PreparedName
{
    public static readonly PreparedName Empty = new(string.Empty, string.Empty, string.Empty, string.Empty, false, false);

    public PreparedName(string full, string core, string canonical, string phonetic, bool known, bool fromArabic)
    {
        Full = full;
        Core = core;
        Canonical = canonical;
        Phonetic = phonetic;
        Known = known;
        FromArabic = fromArabic;
        Skeleton = ConsonantSkeleton(phonetic);
    }

    /// <summary>The consonants of the sound key: all that Arabic script shows of a name written without vowel marks.</summary>
    public string Skeleton { get; }

    private static string ConsonantSkeleton(string phonetic)
    {
        Span<char> buffer = stackalloc char[phonetic.Length];
        var n = 0;
        foreach (var c in phonetic)
        {
            if (c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'h'))
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }

    public string Full { get; }
    public string Core { get; }
    public string Canonical { get; }
    public string Phonetic { get; }

    /// <summary>Every part of the name was found in <see cref="NameVariants"/>.</summary>
    public bool Known { get; }

    /// <summary>The name was typed in Arabic script and had to be transliterated without short vowels.</summary>
    public bool FromArabic { get; }

    public bool IsEmpty => Core.Length == 0;
}
