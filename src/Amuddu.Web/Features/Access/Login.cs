using System.Security.Claims;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Access;

/// <summary>Exchanges e-mail, password and authenticator code for a bearer token (API clients).</summary>
public static class Login
{
    public sealed record Request(string? Email, string? Password, string? TwoFactorCode);

    public static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> Handle(
        Request request,
        UserManager<StaffUser> users,
        AmudduSignInManager signIn,
        StaffSessions sessions,
        AuditLog audit,
        IStringLocalizer<SharedResource> text,
        HttpContext http)
    {
        var errors = new ValidationErrors(text)
            .Required("email", request.Email, "Email")
            .Required("password", request.Password, "Password");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var refused = TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized, title: text["SignInFailed"], type: ProblemTypes.SignInFailed);
        var user = await users.FindByEmailAsync(request.Email!);
        if (user is null)
        {
            signIn.SpendPasswordHash(request.Password);
            await signIn.AuditOutcomeAsync(AuditActions.SignInFailed, null, request.Email, "unknown account (api)");
            return refused;
        }

        var password = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        if (!password.Succeeded)
        {
            await signIn.RecordAsync(user, password, AuditActions.SignInFailed, "password (api)");
            // Locked out, deactivated, wrong password or no such account: one answer, so that nobody
            // outside learns which addresses have an account (the audit trail tells them apart).
            return refused;
        }

        var method = "pwd";
        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(request.TwoFactorCode))
            {
                return TypedResults.ValidationProblem(
                    errors.Required("twoFactorCode", request.TwoFactorCode, "TwoFactorCode").ToDictionary(),
                    title: text["TwoFactorRequired"]);
            }

            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorCode.Clean(request.TwoFactorCode)!))
            {
                await users.AccessFailedAsync(user);
                var locked = await users.IsLockedOutAsync(user);
                await signIn.AuditOutcomeAsync(locked ? AuditActions.SignInLockedOut : AuditActions.SecondFactorFailed,
                    user, user.Email, "authenticator (api)");
                return locked
                    ? TypedResults.Problem(statusCode: StatusCodes.Status423Locked, title: text["AccountLockedOut"], type: ProblemTypes.LockedOut)
                    : refused;
            }

            method = "mfa";
        }
        else if ((await users.GetRolesAsync(user)).Any(Roles.SeesPersonalData))
        {
            await audit.RecordAsync(AuditActions.SecondFactorEnrolmentRequired, user.Id, user.OrganisationId, user.Email, "api");
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: text["TwoFactorEnrolmentRequired"], type: ProblemTypes.TwoFactorEnrolmentRequired);
        }

        await users.ResetAccessFailedCountAsync(user);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(AmudduClaims.AuthenticationMethod, method));
        identity.AddClaim(await sessions.StartAsync(user.Id, http.RequestAborted));
        await audit.RecordAsync(AuditActions.SignInSucceeded, user.Id, user.OrganisationId, user.Email, $"{method} (api)");

        // The bearer-token handler writes the token response itself.
        await http.SignInAsync(IdentityConstants.BearerScheme, principal);
        return TypedResults.Empty;
    }
}
