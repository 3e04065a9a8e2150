using Amuddu.Linkage.Normalisation;
using static Amuddu.Linkage.Comparison.AgreementLevels;

namespace Amuddu.Linkage.Comparison;

/// <summary>Compares two prepared registrations field by field into a <see cref="ComparisonVector"/>.</summary>
public static class RecordComparer
{
    public static ComparisonVector Compare(PreparedRecord a, PreparedRecord b) => Compare(a, b, out _);

    /// <param name="namesSwapped">True when the names agree better with first and last name crossed over.</param>
    public static ComparisonVector Compare(PreparedRecord a, PreparedRecord b, out bool namesSwapped)
    {
        var first = CompareName(a.First, b.First);
        var last = CompareName(a.Last, b.Last);
        namesSwapped = false;
        if (Quality(first) + Quality(last) < 8)
        {
            var crossFirst = CompareName(a.First, b.Last);
            var crossLast = CompareName(a.Last, b.First);
            if (Quality(crossFirst) + Quality(crossLast) > Quality(first) + Quality(last))
            {
                (first, last) = (crossFirst, crossLast);
                namesSwapped = true;
            }
        }

        var v = new ComparisonVector(0)
            .With(Field.FirstName, first)
            .With(Field.LastName, last)
            .With(Field.DateOfBirth, CompareDate(a.DateOfBirth, b.DateOfBirth))
            .With(Field.Sex, a.Sex == '\0' || b.Sex == '\0' ? Missing : a.Sex == b.Sex ? Simple.Agree : Simple.Disagree)
            .With(Field.Nationality, CompareSimple(a.Nationality, b.Nationality))
            .With(Field.Phone, CompareIdentifier(a.Phone, b.Phone))
            .With(Field.Document, CompareIdentifier(a.Document, b.Document))
            .With(Field.City, CompareSimple(a.City, b.City));
        return v;
    }

    private static int Quality(byte nameLevel) => nameLevel switch
    {
        Name.Exact => 4,
        Name.Variant => 3,
        Name.Phonetic => 2,
        Name.Fuzzy => 1,
        _ => 0,
    };

    public static byte CompareName(PreparedName x, PreparedName y)
    {
        if (x.IsEmpty || y.IsEmpty)
        {
            return Missing;
        }

        if (x.Full == y.Full || x.Core == y.Core)
        {
            return Name.Exact;
        }

        if (x.Canonical == y.Canonical)
        {
            return Name.Variant;
        }

        // Two different entries of the name table are two different names, however alike they look:
        // this is the rule that keeps Mohamed and Mahmoud apart.
        if (x.Known && y.Known)
        {
            return Name.Conflict;
        }

        if (x.Phonetic == y.Phonetic)
        {
            return Name.Phonetic;
        }

        // Jaro–Winkler cannot reach the thresholds below when the lengths differ by more than a third.
        var plausible = Math.Abs(x.Canonical.Length - y.Canonical.Length) * 3 <= Math.Max(x.Canonical.Length, y.Canonical.Length);
        if (plausible && (StringSimilarity.JaroWinkler(x.Canonical, y.Canonical) >= 0.88
            || (x.Phonetic.Length >= 4 && StringSimilarity.JaroWinkler(x.Phonetic, y.Phonetic) >= 0.9)))
        {
            return Name.Fuzzy;
        }

        if (x.FromArabic != y.FromArabic && x.Skeleton.Length > 1 && x.Skeleton == y.Skeleton)
        {
            // Arabic script carries no short vowels, so a transliterated name can only be checked on consonants.
            return Name.Fuzzy;
        }

        return Name.Disagree;
    }

    public static byte CompareDate(PartialDate a, PartialDate b)
    {
        if (a.IsMissing || b.IsMissing)
        {
            return Missing;
        }

        if (a.YearOnly || b.YearOnly)
        {
            return a.Year == b.Year ? Date.SameYearOnly : Date.Disagree;
        }

        if (a == b)
        {
            return Date.Exact;
        }

        var yearGap = Math.Abs(a.Year - b.Year);
        if (a.Year == b.Year && a.Month == b.Day && a.Day == b.Month)
        {
            return Date.DayMonthSwapped;
        }

        if (a.Month == b.Month && a.Day == b.Day && (yearGap == 1 || OneDigitApart(a.Year, b.Year)))
        {
            return Date.YearOffByOne;
        }

        if (a.Year == b.Year && (a.Month == b.Month || a.Day == b.Day))
        {
            return Date.OneComponentDiffers;
        }

        if (yearGap == 1 && a.Month == b.Day && a.Day == b.Month)
        {
            return Date.OneComponentDiffers;
        }

        return Date.Disagree;
    }

    private static bool OneDigitApart(int x, int y)
    {
        var differing = 0;
        for (; x > 0 || y > 0; x /= 10, y /= 10)
        {
            if (x % 10 != y % 10)
            {
                differing++;
            }
        }

        return differing == 1;
    }

    private static byte CompareSimple(string a, string b) =>
        a.Length == 0 || b.Length == 0 ? Missing : a == b ? Simple.Agree : Simple.Disagree;

    private static byte CompareIdentifier(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return Missing;
        }

        if (a == b)
        {
            return Identifier.Exact;
        }

        return a.Length >= 5 && WithinOneEdit(a, b) ? Identifier.OneEdit : Identifier.Disagree;
    }

    /// <summary>Cheap pre-check before the edit distance: most pairs of different numbers differ in many places.</summary>
    private static bool WithinOneEdit(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var mismatches = 0;
            for (var i = 0; i < a.Length && mismatches <= 2; i++)
            {
                if (a[i] != b[i])
                {
                    mismatches++;
                }
            }

            if (mismatches > 2)
            {
                return false;
            }
        }
        else if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        return StringSimilarity.Damerau(a, b, 1) <= 1;
    }
}
