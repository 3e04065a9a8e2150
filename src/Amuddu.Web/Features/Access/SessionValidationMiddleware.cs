using System.Security.Claims;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace Amuddu.Web.Features.Access;

/// <summary>
/// Runs after authentication: a cookie or token whose database session is over (signed out,
/// idle, past its absolute lifetime) authenticates nobody, on any instance.
/// </summary>
internal sealed class SessionValidationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, StaffSessions sessions, AuditLog audit)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var state = await sessions.CheckAsync(user, context.RequestAborted);
            if (state != SessionState.Active)
            {
                if (state is SessionState.Idle or SessionState.Expired)
                {
                    await audit.RecordAsync(AuditActions.SessionExpired, user.UserId(), user.OrganisationId(),
                        detail: state == SessionState.Idle ? "idle" : "absolute", cancellationToken: context.RequestAborted);
                }

                if (user.Identities.Any(i => i.AuthenticationType == IdentityConstants.ApplicationScheme))
                {
                    context.Response.Cookies.Delete(CookieNames.Session);
                }

                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next(context);
    }
}

public static class CookieNames
{
    public const string Session = "amuddu.session";
    public const string TwoFactor = "amuddu.2fa";
    public const string Antiforgery = "amuddu.af";
}
