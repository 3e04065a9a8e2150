using System.Globalization;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Catalogue.Pages;

/// <summary>
/// The posted offer form, as typed: numbers and dates are kept as text so that a mistake comes
/// back exactly as it was typed, beside its message.
/// </summary>
public sealed class OfferFormModel
{
    public OfferKind? Kind { get; set; }
    public string? ProviderName { get; set; }
    public Guid? SiteId { get; set; }
    public string? RegionCode { get; set; }
    public string? City { get; set; }
    public string? Address { get; set; }
    public string? OccupationCode { get; set; }
    public string? DurationHours { get; set; }
    public string? DurationWeeks { get; set; }
    public string? CostMad { get; set; }
    public bool GrantAvailable { get; set; }
    public string? Seats { get; set; }
    public string? StartDates { get; set; }
    public string[] Languages { get; set; } = [];
    public string[] RequiredDocuments { get; set; } = [];
    public Eligibility[] Eligibility { get; set; } = [];
    public string? MinimumAge { get; set; }
    public string? MaximumAge { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? Url { get; set; }
    public string? NameFr { get; set; }
    public string? DescriptionFr { get; set; }
    public string? ScheduleFr { get; set; }
    public string? EntryRequirementsFr { get; set; }
    public string? NameAr { get; set; }
    public string? DescriptionAr { get; set; }
    public string? ScheduleAr { get; set; }
    public string? EntryRequirementsAr { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionEn { get; set; }
    public string? ScheduleEn { get; set; }
    public string? EntryRequirementsEn { get; set; }
    public long Version { get; set; }

    /// <summary>What the handlers take, or the fields that could not even be read (a word where a number goes).</summary>
    public (OfferInput? Input, ValidationErrors Errors) ToInput(IStringLocalizer<SharedResource> text)
    {
        var errors = new ValidationErrors(text);
        var hours = Number(errors, "durationHours", DurationHours, "Catalogue.DurationHours", text);
        var weeks = Number(errors, "durationWeeks", DurationWeeks, "Catalogue.DurationWeeks", text);
        var cost = Number(errors, "costMad", CostMad, "Catalogue.Cost", text);
        var seats = Number(errors, "seats", Seats, "Catalogue.Seats", text);
        var minimum = Number(errors, "minimumAge", MinimumAge, "Catalogue.MinimumAge", text);
        var maximum = Number(errors, "maximumAge", MaximumAge, "Catalogue.MaximumAge", text);
        var dates = new List<DateOnly>();
        foreach (var part in (StartDates ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else
            {
                errors.Add("startDates", text["Catalogue.DateListInvalid"]);
                break;
            }
        }

        if (!errors.IsValid)
        {
            return (null, errors);
        }

        var texts = new Dictionary<string, OfferTextInput?>
        {
            ["fr"] = new(NameFr, DescriptionFr, ScheduleFr, EntryRequirementsFr),
            ["ar"] = new(NameAr, DescriptionAr, ScheduleAr, EntryRequirementsAr),
            ["en"] = new(NameEn, DescriptionEn, ScheduleEn, EntryRequirementsEn),
        };
        return (new OfferInput(Kind, ProviderName, SiteId, RegionCode, City, Address, OccupationCode, hours, weeks, cost, GrantAvailable,
            seats, [.. dates], Languages, RequiredDocuments, Eligibility, minimum, maximum, ContactPhone, ContactEmail, Url, texts), errors);
    }

    public static OfferFormModel From(OfferResponse o)
    {
        OfferTextInput? In(string language) => o.Texts.GetValueOrDefault(language);
        return new()
        {
            Kind = o.Kind, ProviderName = o.ProviderName, SiteId = o.SiteId, RegionCode = o.RegionCode, City = o.City, Address = o.Address,
            OccupationCode = o.OccupationCode, DurationHours = Text(o.DurationHours), DurationWeeks = Text(o.DurationWeeks),
            CostMad = Text(o.CostMad), GrantAvailable = o.GrantAvailable, Seats = Text(o.Seats),
            StartDates = string.Join(", ", o.StartDates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            Languages = [.. o.Languages], RequiredDocuments = [.. o.RequiredDocuments], Eligibility = [.. o.Eligibility],
            MinimumAge = Text(o.MinimumAge), MaximumAge = Text(o.MaximumAge), ContactPhone = o.ContactPhone, ContactEmail = o.ContactEmail,
            Url = o.Url,
            NameFr = In("fr")?.Name, DescriptionFr = In("fr")?.Description, ScheduleFr = In("fr")?.Schedule, EntryRequirementsFr = In("fr")?.EntryRequirements,
            NameAr = In("ar")?.Name, DescriptionAr = In("ar")?.Description, ScheduleAr = In("ar")?.Schedule, EntryRequirementsAr = In("ar")?.EntryRequirements,
            NameEn = In("en")?.Name, DescriptionEn = In("en")?.Description, ScheduleEn = In("en")?.Schedule, EntryRequirementsEn = In("en")?.EntryRequirements,
            Version = o.Version,
        };
    }

    /// <summary>The value typed in one language's text field ("NameAr" for language "ar", field "Name").</summary>
    public string? TextOf(string language, string field) =>
        GetType().GetProperty(field + char.ToUpperInvariant(language[0]) + language[1..])?.GetValue(this) as string;

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static int? Number(ValidationErrors errors, string field, string? value, string label, IStringLocalizer<SharedResource> text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(field, text["Catalogue.WholeNumber", text[label]]);
        return null;
    }
}
