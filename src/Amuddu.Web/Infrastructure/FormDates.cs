using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Dates as people type them in a form: day first (15/03/1994, 15-03-1994, 15.03.1994, 15 03 1994, 1/3/1994),
/// or ISO (1994-03-15), with Western or Arabic-Indic digits; and, where a field allows it, a year alone (1994).
/// The API takes ISO dates only; pages read what was typed with this and hand the handlers ISO dates.
/// </summary>
public static partial class FormDates
{
    public const string IsoFormat = "yyyy-MM-dd";

    public const string DisplayFormat = "dd/MM/yyyy";

    /// <summary>A full date in one of the accepted forms (no year alone).</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        var value = Normalise(text);
        if (value.Length == 0)
        {
            return false;
        }

        var iso = Iso().Match(value);
        if (iso.Success)
        {
            return TryMake(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, out date);
        }

        var dayFirst = DayFirst().Match(value);
        return dayFirst.Success && TryMake(dayFirst.Groups["y"].Value, dayFirst.Groups["m"].Value, dayFirst.Groups["d"].Value, out date);
    }

    /// <summary>A full date, or a four-digit year alone (the date is then null).</summary>
    public static bool TryParseDateOrYear(string? text, out DateOnly? date, out int? year)
    {
        date = null;
        year = null;
        if (TryParse(text, out var full))
        {
            date = full;
            year = full.Year;
            return true;
        }

        var value = Normalise(text);
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1)
        {
            year = y;
            return true;
        }

        return false;
    }

    /// <summary>
    /// What a form hands the handler: the ISO date (or the year, when allowed) for a valid entry, null for an empty one,
    /// and the text as typed when it is not a date (the handler then refuses it, and the page shows it back).
    /// </summary>
    public static string? ToIso(string? text, bool allowYear = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (allowYear)
        {
            return TryParseDateOrYear(text, out var date, out var year)
                ? date?.ToString(IsoFormat, CultureInfo.InvariantCulture) ?? year!.Value.ToString(CultureInfo.InvariantCulture)
                : text;
        }

        return TryParse(text, out var full) ? full.ToString(IsoFormat, CultureInfo.InvariantCulture) : text;
    }

    /// <summary>A date field's value as a date: null when empty or not a date (see <see cref="IsInvalid"/>).</summary>
    public static DateOnly? Read(string? text) => TryParse(text, out var date) ? date : null;

    /// <summary>Something was typed and it is not a date (nor a year, when allowed).</summary>
    public static bool IsInvalid(string? text, bool allowYear = false) =>
        !string.IsNullOrWhiteSpace(text) && !(allowYear ? TryParseDateOrYear(text, out _, out _) : TryParse(text, out _));

    /// <summary>How a date field shows a value: an ISO date from the database as 15/03/1994; anything else as it was typed.</summary>
    public static string? ForDisplay(string? value) =>
        value is not null && Iso().IsMatch(value.Trim()) && TryParse(value, out var date) ? Display(date) : value;

    public static string Display(DateOnly date) => date.ToString(DisplayFormat, CultureInfo.InvariantCulture);

    /// <summary>A stored date as its field shows it (15/03/1994); no date, an empty field.</summary>
    public static string? Display(DateOnly? date) => date is { } value ? Display(value) : null;

    /// <summary>"Date de naissance : « 31/02/1994 » n'est pas une date. Écrivez-la JJ/MM/AAAA, par exemple 15/03/1994."</summary>
    public static string NotADate(IStringLocalizer text, string label, string typed, bool allowYear = false) =>
        text[allowYear ? "Ui.DateOrYearNotValid" : "Ui.DateNotValid", text[label], typed.Trim()];

    /// <summary>
    /// A page's errors with the form's own for a date field: when <paramref name="typed"/> is not a date, the field's error
    /// says so, naming the field and what was typed (the handler, given no date, could only say it is missing).
    /// </summary>
    public static IDictionary<string, string[]>? WithDateError(
        IDictionary<string, string[]>? errors, string key, string? typed, IStringLocalizer text, string label, bool allowYear = false)
    {
        if (!IsInvalid(typed, allowYear))
        {
            return errors;
        }

        var all = errors is null ? new Dictionary<string, string[]>() : new Dictionary<string, string[]>(errors);
        all[key] = [NotADate(text, label, typed!, allowYear)];
        return all;
    }

    /// <summary>The errors of a form's date fields that hold something that is not a date (see <see cref="WithDateError"/>); null when all are dates or empty.</summary>
    public static IDictionary<string, string[]>? DateErrors(IStringLocalizer text, params (string Key, string? Typed, string Label)[] fields) =>
        fields.Aggregate((IDictionary<string, string[]>?)null, (errors, field) => WithDateError(errors, field.Key, field.Typed, text, field.Label));

    private static bool TryMake(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>Trimmed, Arabic-Indic and Eastern Arabic-Indic digits made ASCII.</summary>
    private static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            builder.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => c,
            });
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*[/.\- ]\s*(?<m>\d{1,2})\s*[/.\- ]\s*(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();
}
