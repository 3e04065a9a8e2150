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
        if (context.CurrentPrincipal is { } current && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            Carry(current, identity);
        }

        return Task.CompletedTask;
    }

    /// <summary>Copies the session id and the sign-in method onto a principal rebuilt for the same session.</summary>
    public static void Carry(ClaimsPrincipal from, ClaimsIdentity to)
    {
        foreach (var type in new[] { AmudduClaims.SessionId, AmudduClaims.AuthenticationMethod })
        {
            if (!to.HasClaim(c => c.Type == type) && from.FindFirst(type) is { } claim)
            {
                to.AddClaim(new Claim(type, claim.Value));
            }
        }
    }
}
