namespace Amuddu.Web.Features.Access;

public static class TwoFactorCode
{
    /// <summary>
    /// Authenticator codes are copied with spaces or hyphens ("123 456", "123-456"); Identity wants six bare digits.
    /// (Recovery codes keep their hyphen: it is part of the code.)
    /// </summary>
    public static string? Clean(string? typed) =>
        typed?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
