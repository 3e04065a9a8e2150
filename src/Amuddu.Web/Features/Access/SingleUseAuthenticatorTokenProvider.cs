using Amuddu.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Amuddu.Web.Features.Access;

/// <summary>
/// Authenticator codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, checked by Otp.NET) that can be used once per
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

        // Otp.NET checks the code against each step of the window and names the one it matched.
        var codes = new Totp(Base32Encoding.ToBytes(key), step: StepSeconds);
        return codes.VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, new VerificationWindow(previous: Window, future: Window))
            && await SpendAsync(user, step);
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
}
