namespace Amuddu.Web.Features.Notifications;

/// <summary>
/// Enough of an address for an administrator to tell two messages apart, not to contact anyone:
/// +212 6•• ••• •12, a•••@example.org.
/// </summary>
public static class RecipientMask
{
    private const char Dot = '•';

    // ITU country codes of one and two digits; every other one has three.
    private static readonly HashSet<string> TwoDigitCodes =
    [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86",
        "90", "91", "92", "93", "94", "95", "98",
    ];

    public static string Mask(OutboxChannel channel, string recipient) => channel switch
    {
        OutboxChannel.Email => Email(recipient),
        OutboxChannel.Sms or OutboxChannel.WhatsApp => Phone(recipient),
    };

    public static string Phone(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length < 6)
        {
            return new string(Dot, 3);
        }

        var codeLength = !phone.TrimStart().StartsWith('+') ? 0
            : digits[0] is '1' or '7' ? 1
            : TwoDigitCodes.Contains(digits[..2]) ? 2
            : 3;
        var national = digits[codeLength..];
        var masked = national.Select((d, i) => i == 0 || i >= national.Length - 2 ? d : Dot).ToArray();
        var groups = masked.Chunk(3).Select(g => new string(g)).ToList();
        if (groups.Count > 1 && groups[^1].Length == 1)
        {
            // No lone digit at the end: "••78", not "••7 8".
            groups[^2] += groups[^1];
            groups.RemoveAt(groups.Count - 1);
        }

        return (codeLength > 0 ? "+" + digits[..codeLength] + " " : "") + string.Join(' ', groups);
    }

    public static string Email(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 ? new string(Dot, 3) : $"{address[0]}{new string(Dot, 3)}{address[at..]}";
    }
}
