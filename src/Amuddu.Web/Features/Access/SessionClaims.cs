using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Amuddu.Web.Features.Access;

public static class SessionClaims
{
    /// <summary>
    /// Identity re-reads a signed-in user every 30 minutes (roles, security stamp) and builds a new
    /// principal; the session it belongs to and how it was signed in must carry over to it.
    /// </summary>
    public static Task KeepOnRefresh(SecurityStampRefreshingPrincipalContext context)
    {
        var current = context.CurrentPrincipal;
        var identity = context.NewPrincipal?.Identity as ClaimsIdentity;
        if (current is null || identity is null)
        {
            return Task.CompletedTask;
        }

        foreach (var type in new[] { AmudduClaims.SessionId, AmudduClaims.AuthenticationMethod })
        {
            if (!identity.HasClaim(c => c.Type == type) && current.FindFirst(type) is { } claim)
            {
                identity.AddClaim(new Claim(type, claim.Value));
            }
        }

        return Task.CompletedTask;
    }
}
