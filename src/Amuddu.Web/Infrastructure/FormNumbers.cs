using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Numbers typed in a page's form (a field bound as text so that what was typed comes back with its error): read with
/// either decimal separator and spaces between thousands, or an error naming the field.
/// </summary>
public static class FormNumbers
{
    public static int? Integer(string? value, string field, string label, ValidationErrors errors, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(Clean(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(field, text["FieldInvalid", label]);
        return null;
    }

    public static decimal? Decimal(string? value, string field, string label, ValidationErrors errors, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (decimal.TryParse(Clean(value).Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(field, text["FieldInvalid", label]);
        return null;
    }

    private static string Clean(string value) => value.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
        .Replace("\u202F", "", StringComparison.Ordinal);
}
