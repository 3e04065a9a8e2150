using System.Globalization;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Amounts are stored as whole centimes of dirham (MAD) in a <see cref="long"/>; the API and the forms take and
/// show dirhams with at most two decimals. A negative amount or a fraction of a centime is refused, never rounded.
/// </summary>
public static class Money
{
    public const string Currency = "MAD";

    /// <summary>The centimes of <paramref name="dirhams"/>, or null when it is negative or has a fraction of a centime.</summary>
    public static long? ToCentimes(decimal dirhams)
    {
        // Checked before multiplying: a decimal near its limits (±7.9e28) overflows when made centimes.
        if (dirhams < 0 || dirhams > long.MaxValue / 100)
        {
            return null;
        }

        var centimes = dirhams * 100m;
        if (centimes != decimal.Truncate(centimes))
        {
            return null;
        }

        return (long)centimes;
    }

    public static decimal ToDirhams(long centimes) => centimes / 100m;

    /// <summary>"12 500,00 MAD" in French, "12,500.00 MAD" in English, with the reader's digits.</summary>
    public static string Format(long centimes, CultureInfo? culture = null) =>
        $"{ToDirhams(centimes).ToString("N2", culture ?? CultureInfo.CurrentCulture)} {Currency}";

    /// <summary>Machine form for files (CSV exports, bank transfer files): "12500.00".</summary>
    public static string Invariant(long centimes) => ToDirhams(centimes).ToString("0.00", CultureInfo.InvariantCulture);
}
