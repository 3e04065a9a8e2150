using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amuddu.Web.Features.Access;

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Authentication");

        group.MapPost("/login", Login.Handle)
            .AllowAnonymous()
            .WithSummary("Exchange e-mail, password and authenticator code for a bearer token.");

        group.MapPost("/refresh", RefreshToken.Handle)
            .AllowAnonymous()
            .WithSummary("Exchange a refresh token for a new access token in the same session.");

        group.MapPost("/logout", Logout).RequireAuthorization(Policies.SignedIn)
            .WithSummary("End the session behind this token.");

        group.MapGet("/me", Me).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Who this token belongs to.");
        return api;
    }

    public sealed record MeResponse(Guid Id, string? Email, string DisplayName, Guid OrganisationId, string[] Roles, bool SignedInWithSecondFactor);

    private static async Task<NoContent> Logout(HttpContext http, StaffSessions sessions, AuditLog audit)
    {
        await sessions.EndAsync(http.User, "sign-out", http.RequestAborted);
        await audit.RecordAsync(AuditActions.SignedOut, http.User.UserId(), http.User.OrganisationId(),
            detail: "api", cancellationToken: http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static Ok<MeResponse> Me(HttpContext http)
    {
        var user = http.User;
        return TypedResults.Ok(new MeResponse(
            user.UserId(),
            user.Identity?.Name,
            user.DisplayName(),
            user.OrganisationId(),
            [.. Roles.All.Where(user.IsInRole)],
            user.HasClaim(AmudduClaims.AuthenticationMethod, "mfa")));
    }
}
