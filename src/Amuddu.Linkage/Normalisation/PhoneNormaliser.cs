using PhoneNumbers;

namespace Amuddu.Linkage.Normalisation;

/// <summary>
/// Reads and checks phone numbers with libphonenumber, Morocco being the default region, and writes them in E.164.
/// A number written the Moroccan way (06 12 34 56 78, 0612345678, 612345678, 00212 612345678, +212 0612345678)
/// becomes +212612345678; a number written with its country code (+33 6 12 34 56 78, 00221 77 123 45 67, or
/// 221771234567 without the +) keeps its country. A value with letters, or that is not a valid number of its
/// country, is unreadable.
/// </summary>
public static class PhoneNormaliser
{
    public const string DefaultRegion = "MA";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool TryNormalise(string? text, out string e164)
    {
        e164 = string.Empty;
        if (TryParse(text) is not { } number)
        {
            return false;
        }

        e164 = Util.Format(number, PhoneNumberFormat.E164);
        return true;
    }

    /// <summary>Whether the number is a valid mobile number of <paramref name="region"/> (ISO 3166 code, e.g. MA).</summary>
    public static bool IsMobileOf(string? text, string region) =>
        TryParse(text) is { } number
        && string.Equals(Util.GetRegionCodeForNumber(number), region, StringComparison.OrdinalIgnoreCase)
        && Util.GetNumberType(number) is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE;

    /// <summary>The country calling code of an international number (212 for +212…), valid or not; null without a + or 00.</summary>
    public static int? CountryCode(string? text) =>
        text is not null && text.TrimStart() is ['+', ..] or ['0', '0', ..] && Parse(text.Trim()) is { CountryCode: > 0 } number
            ? number.CountryCode
            : null;

    private static PhoneNumber? TryParse(string? text)
    {
        // libphonenumber reads letters as the keys of a phone pad (1-800-FLOWERS); here they mean a slip or a note.
        if (string.IsNullOrWhiteSpace(text) || text.Any(char.IsLetter))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (Parse(trimmed) is { } number && Util.IsValidNumber(number))
        {
            return number;
        }

        // A country code written without + or 00 (212612345678, 221771234567) is not a Moroccan national number.
        return char.IsAsciiDigit(trimmed[0]) && Parse("+" + trimmed) is { } international && Util.IsValidNumber(international)
            ? international
            : null;
    }

    private static PhoneNumber? Parse(string text)
    {
        try
        {
            return Util.Parse(text, DefaultRegion);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
