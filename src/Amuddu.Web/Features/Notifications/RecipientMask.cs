using Amuddu.Linkage.Normalisation;

namespace Amuddu.Web.Features.Notifications;

/// <summary>
/// Enough of an address for an administrator to tell two messages apart, not to contact anyone:
/// +212 6•• ••• •12, a•••@example.org.
/// </summary>
public static class RecipientMask
{
    private const char Dot = '•';

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

        var codeLength = phone.TrimStart().StartsWith('+') && PhoneNormaliser.CountryCode(phone) is { } code
            ? code.ToString(System.Globalization.CultureInfo.InvariantCulture).Length
            : 0;
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
