namespace Amuddu.Web.Features.Access;

public static class AccessPaths
{
    public const string SignIn = "/account/sign-in";
    public const string TwoFactor = "/account/two-factor";
    public const string EnrolAuthenticator = "/account/enrol-authenticator";
    public const string SignOut = "/account/sign-out";
    public const string AccessDenied = "/account/access-denied";
    public const string Home = "/home";
    public const string ApiLogin = "/api/v1/auth/login";
}
