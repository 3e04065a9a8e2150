using System.Security.Claims;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Access;

/// <summary>
/// Identity's sign-in, plus the three things Amuddu adds to every sign-in: a database-held
/// session, an audit event for each outcome (counted in the metrics too, <see cref="AuditOutcomeAsync"/>), and no
/// sign-in for a deactivated account.
/// </summary>
public sealed class AmudduSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation,
    StaffSessions sessions,
    AuditLog audit,
    AmudduMetrics metrics,
    IOptions<PasswordHasherOptions> hashing)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(StaffUser user) => user.IsActive && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(
        StaffUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var session = await sessions.StartAsync(user.Id);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims.Append(session));
    }

    public override async Task<SignInResult> PasswordSignInAsync(
        string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByEmailAsync(userName) ?? await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            SpendPasswordHash(password);
            await AuditOutcomeAsync(AuditActions.SignInFailed, null, userName, "unknown account");
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    /// <summary>
    /// Identity answers a locked or deactivated account without hashing the password; hashing it anyway
    /// keeps the time of the answer from telling those accounts apart from the others.
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(StaffUser user, string password, bool lockoutOnFailure)
    {
        if (!await CanSignInAsync(user) || await UserManager.IsLockedOutAsync(user))
        {
            SpendPasswordHash(password);
        }

        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    /// <summary>
    /// The work of checking a password, for an address that has no account: without it an unknown address
    /// answers in a couple of milliseconds and a known one in about a hundred, which tells who has an account.
    /// </summary>
    public void SpendPasswordHash(string? password)
    {
        var dummy = new StaffUser { DisplayName = "" };
        // Hashed by this app's hasher with this app's iteration count, so checking it costs what a real check costs.
        var hash = DummyHashes.GetOrAdd(hashing.Value.IterationCount,
            _ => UserManager.PasswordHasher.HashPassword(dummy, Guid.NewGuid().ToString()));
        UserManager.PasswordHasher.VerifyHashedPassword(dummy, hash, password ?? "");
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> DummyHashes = new();

    public override async Task<SignInResult> PasswordSignInAsync(
        StaffUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        await RecordAsync(user, result, AuditActions.SignInFailed, "password");
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        if (user is not null)
        {
            await RecordAsync(user, result, AuditActions.SecondFactorFailed, "authenticator");
        }

        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (user is not null)
        {
            await RecordAsync(user, result, AuditActions.SecondFactorFailed, "recovery code");
        }

        return result;
    }

    public async Task RecordAsync(StaffUser user, SignInResult result, string failedAction, string method)
    {
        var (action, detail) = result switch
        {
            { Succeeded: true } => (AuditActions.SignInSucceeded, method),
            { IsLockedOut: true } => (AuditActions.SignInLockedOut, method),
            { IsNotAllowed: true } => (AuditActions.SignInNotAllowed, method),
            { RequiresTwoFactor: true } => (AuditActions.SecondFactorRequested, method),
            _ => (failedAction, method),
        };
        await AuditOutcomeAsync(action, user, user.Email, detail);
    }

    /// <summary>
    /// Records a sign-in's outcome in the audit trail and counts failures and lockouts in the metrics: every sign-in,
    /// page or API, ends here, so the two always agree.
    /// </summary>
    public Task AuditOutcomeAsync(string action, StaffUser? user, string? userName, string detail)
    {
        metrics.SignInOutcome(action);
        return audit.RecordAsync(action, user?.Id, user?.OrganisationId, userName, detail);
    }
}
