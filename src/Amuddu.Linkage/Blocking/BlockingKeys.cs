namespace Amuddu.Linkage.Blocking;

/// <summary>
/// The keys a registration is filed under. Two registrations become a candidate pair when they share any key, so
/// each key is built to survive a different kind of damage: a missing or new phone (document and name keys still
/// hold), a misspelt name (the other name with the date of birth), a swapped date (keys use a day/month-invariant
/// date), names swapped between fields (the name-pair key is unordered), a wrong year (a name with the birthday),
/// a missing date (the name-pair keys have no date; in a large registry their big blocks are searched in date
/// order, see CandidatePairs), a typo late in one name (one name with the first letters of the other).
/// </summary>
public static class BlockingKeys
{
    private enum Kind : byte
    {
        Document = 1,
        Phone = 2,
        NamePair = 3,
        NameAndDate = 4,
        DateAndNationality = 5,
        NameAndBirthday = 6,
        NameAndPrefix = 7,
    }

    public static int MaxKeysPerRecord => 10;

    /// <summary>Writes the keys of <paramref name="r"/> into <paramref name="keys"/> and returns how many.</summary>
    public static int Fill(PreparedRecord r, Span<ulong> keys)
    {
        var n = 0;
        if (r.Document.Length >= 5)
        {
            keys[n++] = Hash(Kind.Document, r.Document);
        }

        if (r.Phone.Length > 0)
        {
            keys[n++] = Hash(Kind.Phone, r.Phone);
        }

        var first = r.First.Phonetic;
        var last = r.Last.Phonetic;
        if (first.Length > 0 && last.Length > 0)
        {
            var (low, high) = string.CompareOrdinal(first, last) <= 0 ? (first, last) : (last, first);
            keys[n++] = Hash(Kind.NamePair, low, high);

            // One name intact, the other misspelt after its first letters (Mbarga/Mbarxa).
            keys[n++] = Hash(Kind.NameAndPrefix, first, last[..Math.Min(3, last.Length)]);
            keys[n++] = Hash(Kind.NameAndPrefix, last, first[..Math.Min(3, first.Length)]);
        }

        var dob = r.DateOfBirth;
        if (dob.IsComplete)
        {
            var date = dob.SwapInvariantKey;
            if (first.Length > 0)
            {
                keys[n++] = Hash(Kind.NameAndDate, first, date);
            }

            if (last.Length > 0)
            {
                keys[n++] = Hash(Kind.NameAndDate, last, date);
            }

            if (r.Nationality.Length > 0)
            {
                keys[n++] = Hash(Kind.DateAndNationality, r.Nationality, date);
            }

            // The birthday without the year, for a year off by one.
            var birthday = date % 10000;
            if (first.Length > 0)
            {
                keys[n++] = Hash(Kind.NameAndBirthday, first, birthday);
            }

            if (last.Length > 0)
            {
                keys[n++] = Hash(Kind.NameAndBirthday, last, birthday);
            }
        }

        return n;
    }

    public static ulong[] For(PreparedRecord r)
    {
        Span<ulong> keys = stackalloc ulong[MaxKeysPerRecord];
        return keys[..Fill(r, keys)].ToArray();
    }

    // FNV-1a: stable across processes and runs, unlike string.GetHashCode, so an index can be rebuilt identically.
    private const ulong Offset = 14695981039346656037UL;
    private const ulong PrimeFactor = 1099511628211UL;

    private static ulong Hash(Kind kind, string a, string b) => Mix(Mix(Mix(Offset, (byte)kind), a), b);

    private static ulong Hash(Kind kind, string a) => Mix(Mix(Offset, (byte)kind), a);

    private static ulong Hash(Kind kind, string a, int number) => Mix(Mix(Mix(Offset, (byte)kind), a), number);

    private static ulong Mix(ulong hash, byte value) => (hash ^ value) * PrimeFactor;

    private static ulong Mix(ulong hash, int value)
    {
        for (var i = 0; i < 4; i++, value >>= 8)
        {
            hash = (hash ^ (byte)value) * PrimeFactor;
        }

        return hash;
    }

    private static ulong Mix(ulong hash, string value)
    {
        foreach (var c in value)
        {
            hash = (hash ^ (byte)c) * PrimeFactor;
            hash = (hash ^ (byte)(c >> 8)) * PrimeFactor;
        }

        // A separator so that ("ab","c") and ("a","bc") hash differently.
        return (hash ^ 0xFF) * PrimeFactor;
    }
}
