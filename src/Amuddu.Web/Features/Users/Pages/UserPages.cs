namespace Amuddu.Web.Features.Users.Pages;

internal static class UserPages
{
    /// <summary>Checkboxes post one "role" value per ticked box.</summary>
    public static string[] PostedRoles(HttpContext http) =>
        http.Request.HasFormContentType ? [.. http.Request.Form["role"].OfType<string>()] : [];
}
