using Microsoft.AspNetCore.Authorization;

namespace Amuddu.Web.Features.Access;

/// <summary>Met when the user signed in with a second factor, or holds no role that sees personal data.</summary>
public sealed class SecondFactorRequirement : IAuthorizationRequirement;

internal sealed class SecondFactorHandler : AuthorizationHandler<SecondFactorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SecondFactorRequirement requirement)
    {
        var user = context.User;
        var signedInWithSecondFactor = user.HasClaim(AmudduClaims.AuthenticationMethod, "mfa");
        var needsSecondFactor = Roles.All.Any(role => Roles.SeesPersonalData(role) && user.IsInRole(role));
        if (signedInWithSecondFactor || !needsSecondFactor)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
