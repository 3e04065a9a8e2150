using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Access;

/// <summary>
/// Exchanges a refresh token for a new access token, within the same session: a session that
/// was signed out, has expired, or whose account changed since, refreshes nothing.
/// </summary>
public static class RefreshToken
{
    public sealed record Request(string? RefreshToken);

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Handle(
        Request request,
        IOptionsMonitor<BearerTokenOptions> bearer,
        AmudduSignInManager signIn,
        StaffSessions sessions,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text,
        HttpContext http)
    {
        var refused = TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: text["Problem.401"]);
        var ticket = string.IsNullOrEmpty(request.RefreshToken)
            ? null
            : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || !await signIn.CanSignInAsync(user)
            || await sessions.CheckAsync(ticket.Principal, http.RequestAborted) != SessionState.Active)
        {
            return refused;
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        SessionClaims.Carry(ticket.Principal, (ClaimsIdentity)principal.Identity!);

        await http.SignInAsync(IdentityConstants.BearerScheme, principal);
        return TypedResults.Empty;
    }
}
