using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Numbers typed in a page's form (a field bound as text so that what was typed comes back with its error): read with
/// either decimal separator and spaces between thousands. Empty is no number; unreadable is an error naming the field.
/// </summary>
public static class FormNumbers
{
    /// <summary>False when <paramref name="value"/> is typed but is no whole number; an empty value reads as null.</summary>
    public static bool TryInteger(string? value, out int? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (int.TryParse(Clean(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var read))
        {
            number = read;
            return true;
        }

        return false;
    }

    /// <summary>False when <paramref name="value"/> is typed but is no number; an empty value reads as null.</summary>
    public static bool TryDecimal(string? value, out decimal? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (decimal.TryParse(Clean(value).Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var read))
        {
            number = read;
            return true;
        }

        return false;
    }

    public static int? Integer(string? value, string field, string label, ValidationErrors errors, IStringLocalizer text)
    {
        if (!TryInteger(value, out var number))
        {
            errors.Add(field, text["FieldInvalid", label]);
        }

        return number;
    }

    public static decimal? Decimal(string? value, string field, string label, ValidationErrors errors, IStringLocalizer text)
    {
        if (!TryDecimal(value, out var number))
        {
            errors.Add(field, text["FieldInvalid", label]);
        }

        return number;
    }

    private static string Clean(string value) => value.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
        .Replace("\u202F", "", StringComparison.Ordinal);
}
