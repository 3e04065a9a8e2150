using Microsoft.AspNetCore.Identity;

namespace Amuddu.Web.Features.Access;

public static class AuthenticationSchemes
{
    public const string Smart = "Amuddu";

    /// <summary>
    /// The API takes bearer tokens only (no cookie, so no cross-site request forgery on it);
    /// pages take the session cookie.
    /// </summary>
    public static string Select(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/api")
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
}
