namespace Amuddu.Web.Features.Access;

public static class AmudduClaims
{
    public const string OrganisationId = "amuddu:org";
    public const string SiteId = "amuddu:site";
    public const string DisplayName = "amuddu:name";
    public const string SessionId = "amuddu:sid";

    /// <summary>Set by ASP.NET Core Identity: "mfa" after a two-factor sign-in, "pwd" after a password alone.</summary>
    public const string AuthenticationMethod = "amr";
}
