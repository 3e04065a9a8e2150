using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;

namespace Amuddu.Web.Features.Access;

/// <summary>
/// Records every denied request in the audit trail, and sends a staff member who still has
/// to enrol an authenticator app to the enrolment page instead of a bare "access denied".
/// </summary>
internal sealed class AuthorizationResultHandler(AuditLog audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(
        RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var user = context.User;
            var missingSecondFactor = authorizeResult.AuthorizationFailure?.FailedRequirements
                .OfType<SecondFactorRequirement>().Any() == true;
            await audit.RecordAsync(
                AuditActions.AccessDenied,
                user.Identity?.IsAuthenticated == true ? user.UserId() : null,
                user.Identity?.IsAuthenticated == true ? user.OrganisationId() : null,
                $"{context.Request.Method} {context.Request.Path}",
                missingSecondFactor ? "second factor required" : null,
                context.RequestAborted);

            if (missingSecondFactor && IsCookieSignIn(context))
            {
                context.Response.Redirect(AccessPaths.EnrolAuthenticator);
                return;
            }
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static bool IsCookieSignIn(HttpContext context) =>
        context.User.Identities.Any(i => i.AuthenticationType == IdentityConstants.ApplicationScheme);
}
