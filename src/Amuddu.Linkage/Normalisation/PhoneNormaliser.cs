using System.Text;

namespace Amuddu.Linkage.Normalisation;

/// <summary>
/// Normalises phone numbers to E.164. Moroccan numbers arrive as 06 12 34 56 78, 0612345678, +212 612-345678,
/// 00212 612345678 or 212612345678; all become +212612345678. Foreign numbers written with + or 00 keep their
/// country code. A value with letters, or too short to be a phone number, is unreadable.
/// </summary>
public static class PhoneNormaliser
{
    public static bool TryNormalise(string? text, out string e164)
    {
        e164 = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var digits = new StringBuilder(16);
        var plus = false;
        foreach (var c in text.Trim())
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
            else if (c == '+' && digits.Length == 0 && !plus)
            {
                plus = true;
            }
            else if (c is ' ' or '-' or '.' or '(' or ')' or '/' or '\u00a0')
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        var d = digits.ToString();
        if (!plus && d.StartsWith("00", StringComparison.Ordinal))
        {
            plus = true;
            d = d[2..];
        }

        if (plus)
        {
            if (d.StartsWith("2120", StringComparison.Ordinal))
            {
                // +212 0612... is a common slip: the trunk 0 is dropped after the country code.
                d = "212" + d[4..];
            }

            if (d.Length is < 8 or > 15)
            {
                return false;
            }

            e164 = "+" + d;
            return true;
        }

        if (d.Length == 10 && d[0] == '0' && d[1] != '0')
        {
            e164 = "+212" + d[1..];
            return true;
        }

        if (d.Length == 12 && d.StartsWith("212", StringComparison.Ordinal))
        {
            e164 = "+" + d;
            return true;
        }

        if (d.Length == 9 && d[0] is '5' or '6' or '7' or '8')
        {
            e164 = "+212" + d;
            return true;
        }

        return false;
    }
}
