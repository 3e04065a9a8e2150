using System.Security.Cryptography;

namespace Amuddu.Web.Tests.Infrastructure;

/// <summary>What an authenticator app does (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), written independently of the app's code.</summary>
public static class Totp
{
    /// <summary>The code an app shows right now, by the system clock (for an app that runs on it).</summary>
    public static string Now(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AmudduApp, Dictionary<string, long>> Spent = new();

    /// <summary>
    /// A code the app has not accepted yet for this account: the app checks codes against its own clock and
    /// takes each one once (ASVS 2.8.4), so a test that signs one account in several times needs a fresh code
    /// each time. It takes the steps the app accepts around its clock's now, oldest first, and moves the clock
    /// on by one step when a test has used them all.
    /// </summary>
    /// <param name="systemClock">For an app run in a process of its own on the system clock (it cannot be moved on).</param>
    public static string Next(AmudduApp app, string account, string? base32Key = null, bool systemClock = false)
    {
        var spent = Spent.GetOrCreateValue(app);
        lock (spent)
        {
            var now = (systemClock ? DateTimeOffset.UtcNow : app.Clock.GetUtcNow()).ToUnixTimeSeconds() / 30;
            var step = Math.Max(spent.TryGetValue(account, out var last) ? last + 1 : long.MinValue, now - 2);
            if (step > now + 2)
            {
                if (systemClock)
                {
                    throw new InvalidOperationException($"Every code around now is used for {account}: wait for the next step.");
                }

                app.Clock.Advance(TimeSpan.FromSeconds(30));
            }

            spent[account] = step;
            return Code(base32Key ?? Demo.Key, DateTimeOffset.FromUnixTimeSeconds(step * 30));
        }
    }

    public static string Code(string base32Key, DateTimeOffset at)
    {
        var step = at.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(Base32Decode(base32Key), counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
