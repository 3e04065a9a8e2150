namespace Amuddu.Web.Infrastructure;

public static class ErrorPaths
{
    public const string Error = "/error";
    public const string Status = "/status";
}
