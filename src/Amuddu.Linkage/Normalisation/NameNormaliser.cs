namespace Amuddu.Linkage.Normalisation;

/// <summary>Turns a typed given name or family name, in Latin or Arabic script, into a <see cref="PreparedName"/>.</summary>
public static class NameNormaliser
{
    // Particles that registrars keep, drop, hyphenate or glue: El Amrani, Al-Amrani, Amrani; Ben Ali, Bin Ali, Benali.
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "el", "al", "el-", "ben", "bin", "ibn", "bent", "bint", "ould", "ag", "ait", "abou", "abu", "de", "da", "le", "la",
    };

    // Names repeat (a registry of a million people has a few tens of thousands of spellings), so each spelling is
    // prepared once. Bounded so that a stream of unique junk cannot grow it without limit.
    private const int CacheLimit = 500_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PreparedName> Cache = new(StringComparer.Ordinal);

    public static PreparedName Prepare(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return PreparedName.Empty;
        }

        if (Cache.TryGetValue(raw, out var cached))
        {
            return cached;
        }

        var prepared = PrepareUncached(raw);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(raw, prepared);
        }

        return prepared;
    }

    private static PreparedName PrepareUncached(string raw)
    {

        var fromArabic = TextFolding.ContainsArabic(raw);
        string folded;
        if (fromArabic)
        {
            var arabicKey = NameVariants.ArabicKey(raw);
            if (NameVariants.TryCanonical(arabicKey, out var known))
            {
                // A known Arabic spelling is as good as a known Latin one: no vowels are missing.
                return new PreparedName(known, known, known, PhoneticKey.Of(known), true, false);
            }

            folded = TextFolding.Fold(ArabicTransliterator.Transliterate(SplitArabicArticle(raw)));
        }
        else
        {
            folded = TextFolding.Fold(raw);
        }

        if (folded.Length == 0)
        {
            return PreparedName.Empty;
        }

        var full = folded.Replace(" ", string.Empty, StringComparison.Ordinal);
        var core = StripParticles(folded);
        var (canonical, allKnown) = Canonicalise(folded, core);
        return new PreparedName(full, core, canonical, PhoneticKey.Of(canonical), allKnown, fromArabic);
    }

    /// <summary>The Arabic article ال is glued to the word; separating it lets the particle rule drop it.</summary>
    private static string SplitArabicArticle(string raw)
    {
        var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > 3 && parts[i].StartsWith("ال", StringComparison.Ordinal))
            {
                parts[i] = "ال " + parts[i][2..];
            }
        }

        return string.Join(' ', parts);
    }

    private static string StripParticles(string folded)
    {
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = tokens.Where(t => !Particles.Contains(t)).ToArray();
        return kept.Length == 0 ? string.Concat(tokens) : string.Concat(kept);
    }

    private static (string Canonical, bool Known) Canonicalise(string folded, string core)
    {
        // Whole name first, so that "Abdel Karim" and "Abdelkarim" meet through one table entry.
        var glued = folded.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (NameVariants.TryCanonical(glued, out var whole) || NameVariants.TryCanonical(core, out whole))
        {
            return (whole, true);
        }

        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parts = new List<string>(tokens.Length);
        var allKnown = true;
        foreach (var token in tokens)
        {
            if (Particles.Contains(token) && tokens.Length > 1)
            {
                continue;
            }

            if (NameVariants.TryCanonical(token, out var canonical))
            {
                parts.Add(canonical.Replace(" ", string.Empty, StringComparison.Ordinal));
            }
            else
            {
                parts.Add(token);
                allKnown = false;
            }
        }

        return (parts.Count == 0 ? core : string.Concat(parts), allKnown);
    }
}
