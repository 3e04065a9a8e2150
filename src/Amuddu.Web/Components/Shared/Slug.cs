using System.Text;

namespace Amuddu.Web.Components.Shared;

/// <summary>An id made from a text (in any script): letters and digits kept, the rest folded to '-'.</summary>
public static class Slug
{
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        return builder.ToString().Trim('-');
    }
}
