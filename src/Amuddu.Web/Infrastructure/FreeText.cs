namespace Amuddu.Web.Infrastructure;

public static class FreeText
{
    /// <summary>Trimmed, or null when nothing was typed, so that an empty field is stored as no value.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
