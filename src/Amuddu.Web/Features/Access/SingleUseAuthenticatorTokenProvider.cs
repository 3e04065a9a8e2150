using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Amuddu.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Access;

/// <summary>
/// Authenticator codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) that can be used once per
/// account (ASVS 2.8.4). Identity's own provider accepts a code as often as it likes within its window,
/// so a code read over someone's shoulder, or replayed from a log, opens a second session.
/// The last time step used is a column of the account and is advanced by one conditional UPDATE, so two
/// instances that receive the same code at the same moment cannot both accept it.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(AmudduDbContext db, TimeProvider clock)
    : IUserTwoFactorTokenProvider<StaffUser>
{
    public const int StepSeconds = 30;

    /// <summary>Steps accepted on either side of now, for phones whose clock drifts (Identity's own allowance).</summary>
    public const int Window = 2;

    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var secret = Base32Decode(key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        var typed = Encoding.ASCII.GetBytes(token);
        // Newest first: if one code matched two steps, the later one is the one to spend.
        for (var step = now + Window; step >= now - Window; step--)
        {
            if (CryptographicOperations.FixedTimeEquals(typed, Encoding.ASCII.GetBytes(Code(secret, step))))
            {
                return await SpendAsync(user, step);
            }
        }

        return false;
    }

    private async Task<bool> SpendAsync(StaffUser user, long step)
    {
        var spent = await db.Users
            .Where(u => u.Id == user.Id && (u.LastAuthenticatorStep == null || u.LastAuthenticatorStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAuthenticatorStep, step));
        if (spent == 1 && db.Entry(user) is { State: not EntityState.Detached } entry)
        {
            // Keep the tracked account in line with the row without marking it changed.
            entry.Property(u => u.LastAuthenticatorStep).CurrentValue = step;
            entry.Property(u => u.LastAuthenticatorStep).OriginalValue = step;
        }

        return spent == 1;
    }

    public static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                continue;
            }

            buffer = (buffer << 5) | value;
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
