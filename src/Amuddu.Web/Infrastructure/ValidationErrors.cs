using System.Net.Mail;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Collects localised messages per field for a 400 validation problem. Field keys are the
/// request's JSON property names, so a client can put each message beside its field.
/// </summary>
public sealed class ValidationErrors(IStringLocalizer text)
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public ValidationErrors Required(string field, string? value, string label) =>
        string.IsNullOrWhiteSpace(value) ? Add(field, text["FieldRequired", text[label]]) : this;

    public ValidationErrors MaxLength(string field, string? value, int max, string label) =>
        value is not null && value.Length > max ? Add(field, text["FieldTooLong", text[label], max]) : this;

    /// <summary>
    /// The centimes of an amount typed in dirhams, or null with an error naming the field when it is missing
    /// (and <paramref name="required"/>), negative, zero (unless <paramref name="allowZero"/>) or has a fraction of a centime.
    /// </summary>
    public long? Centimes(string field, decimal? dirhams, string label, bool required = true, bool allowZero = false)
    {
        if (dirhams is null)
        {
            if (required)
            {
                Add(field, text["FieldRequired", text[label]]);
            }

            return null;
        }

        var centimes = Money.ToCentimes(dirhams.Value);
        if (centimes is null || (centimes == 0 && !allowZero))
        {
            Add(field, text["Money.Invalid", text[label]]);
            return null;
        }

        return centimes;
    }

    public ValidationErrors Email(string field, string? value, string label) =>
        !string.IsNullOrWhiteSpace(value) && !IsEmail(value) ? Add(field, text["FieldInvalidEmail", text[label]]) : this;


    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value.Trim() && value.Contains('.', StringComparison.Ordinal);
}
