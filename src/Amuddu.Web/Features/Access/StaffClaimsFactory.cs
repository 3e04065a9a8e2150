using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Access;

/// <summary>Puts the organisation, site and display name into the principal, so no request has to look them up.</summary>
public sealed class StaffClaimsFactory(
    UserManager<StaffUser> userManager, RoleManager<StaffRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, StaffRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AmudduClaims.OrganisationId, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(AmudduClaims.DisplayName, user.DisplayName));
        if (user.SiteId is { } site)
        {
            identity.AddClaim(new Claim(AmudduClaims.SiteId, site.ToString()));
        }

        return identity;
    }
}
