namespace Amuddu.Web.Components.Shared;

public static class LocalRedirect
{
    /// <summary>Only a path on this site: a return URL never sends a user elsewhere.</summary>
    public static string Safe(string? returnUrl, string fallback) =>
        returnUrl is { Length: > 1 } && returnUrl[0] == '/' && returnUrl[1] is not '/' and not '\\' ? returnUrl : fallback;
}
