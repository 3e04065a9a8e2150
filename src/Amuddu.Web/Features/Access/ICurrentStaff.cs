using System.Security.Claims;

namespace Amuddu.Web.Features.Access;

/// <summary>Who is making the current request, read from the signed-in principal.</summary>
public interface ICurrentStaff
{
    Guid? UserId { get; }
    Guid? OrganisationId { get; }
    Guid? SiteId { get; }
    bool IsInRole(string role);
}

internal sealed class HttpCurrentStaff(IHttpContextAccessor accessor) : ICurrentStaff
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public Guid? UserId => GuidClaim(ClaimTypes.NameIdentifier);
    public Guid? OrganisationId => GuidClaim(AmudduClaims.OrganisationId);
    public Guid? SiteId => GuidClaim(AmudduClaims.SiteId);
    public bool IsInRole(string role) => User?.IsInRole(role) ?? false;

    private Guid? GuidClaim(string type) =>
        User?.Identity?.IsAuthenticated == true && Guid.TryParse(User.FindFirstValue(type), out var id) ? id : null;
}

public static class ClaimsPrincipalExtensions
{
    public static Guid UserId(this ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
    public static Guid OrganisationId(this ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(AmudduClaims.OrganisationId)!);
    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(AmudduClaims.DisplayName) ?? user.Identity?.Name ?? "";
}
