namespace Amuddu.Linkage.Normalisation;

/// <summary>
/// Reads dates of birth in the forms found in registries: ISO 1987-10-11, compact 19871011, French day-first
/// 11/10/1987 (also with - or .), ISO with slashes 1987/10/11, and a bare year. Anything else, or a date that
/// does not exist (19560431), is unreadable and treated as missing by the caller.
/// </summary>
public static class DateParser
{
    public const int MinYear = 1880;
    public const int MaxYear = 2100;

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        var s = text?.Trim() ?? string.Empty;
        if (s.Length == 0)
        {
            return false;
        }

        // Some exports append a midnight time to dates of birth.
        var space = s.IndexOfAny([' ', 'T']);
        if (space > 0)
        {
            s = s[..space];
        }

        if (s.Length == 4 && AllDigits(s))
        {
            return Make(int.Parse(s), 0, 0, out date);
        }

        if (s.Length == 8 && AllDigits(s))
        {
            return Make(int.Parse(s[..4]), int.Parse(s[4..6]), int.Parse(s[6..]), out date);
        }

        var parts = s.Split('-', '/', '.');
        if (parts.Length != 3 || !parts.All(p => p.Length is > 0 and <= 4 && AllDigits(p)))
        {
            return false;
        }

        var a = int.Parse(parts[0]);
        var b = int.Parse(parts[1]);
        var c = int.Parse(parts[2]);
        return parts[0].Length == 4
            ? Make(a, b, c, out date)
            : parts[2].Length == 4 && Make(c, b, a, out date);
    }

    private static bool Make(int year, int month, int day, out PartialDate date)
    {
        date = default;
        if (year is < MinYear or > MaxYear)
        {
            return false;
        }

        if (month == 0 && day == 0)
        {
            date = new PartialDate(year, 0, 0);
            return true;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool AllDigits(string s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
