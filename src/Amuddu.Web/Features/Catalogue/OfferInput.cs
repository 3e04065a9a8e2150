using Amuddu.Linkage.Normalisation;
using Amuddu.Web.Data;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>An offer's words in one language, as typed.</summary>
public sealed record OfferTextInput(string? Name, string? Description, string? Schedule, string? EntryRequirements);

/// <summary>What staff type about an offer, when creating it and again when changing it.</summary>
public sealed record OfferInput(
    OfferKind? Kind,
    string? ProviderName,
    Guid? SiteId,
    string? RegionCode,
    string? City,
    string? Address,
    string? OccupationCode,
    int? DurationHours,
    int? DurationWeeks,
    int? CostMad,
    bool GrantAvailable,
    int? Seats,
    DateOnly[]? StartDates,
    string[]? Languages,
    string[]? RequiredDocuments,
    Eligibility[]? Eligibility,
    int? MinimumAge,
    int? MaximumAge,
    string? ContactPhone,
    string? ContactEmail,
    string? Url,
    IReadOnlyDictionary<string, OfferTextInput?>? Texts)
{
    public const int MinimumAgeLimit = 14;
    public const int MaximumAgeLimit = 100;
    public const int MaxStartDates = 24;

    /// <summary>Checks every field, naming each wrong one with the request's JSON name ("texts.fr.name").</summary>
    public async Task<ValidationErrors> ValidateAsync(
        AmudduDbContext db, Guid organisationId, DateOnly today, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .MaxLength("providerName", ProviderName, 200, "Catalogue.Provider")
            .Required("city", City, "City")
            .MaxLength("city", City, 100, "City")
            .MaxLength("address", Address, 300, "Address")
            .Email("contactEmail", ContactEmail, "Catalogue.ContactEmail")
            .MaxLength("contactEmail", ContactEmail, 256, "Catalogue.ContactEmail")
            .MaxLength("url", Url, 500, "Catalogue.Url");

        if (Kind is null)
        {
            errors.Add("kind", text["FieldRequired", text["Catalogue.Kind"]]);
        }

        CheckTexts(errors, text);
        Between(errors, "durationHours", DurationHours, 1, 5000, "Catalogue.DurationHours", text);
        Between(errors, "durationWeeks", DurationWeeks, 1, 260, "Catalogue.DurationWeeks", text);
        Between(errors, "seats", Seats, 1, 10_000, "Catalogue.Seats", text);
        Between(errors, "minimumAge", MinimumAge, MinimumAgeLimit, MaximumAgeLimit, "Catalogue.MinimumAge", text);
        Between(errors, "maximumAge", MaximumAge, MinimumAgeLimit, MaximumAgeLimit, "Catalogue.MaximumAge", text);
        if (CostMad is null)
        {
            errors.Add("costMad", text["FieldRequired", text["Catalogue.Cost"]]);
        }
        else
        {
            Between(errors, "costMad", CostMad, 0, 1_000_000, "Catalogue.Cost", text);
        }

        if (MinimumAge is { } min && MaximumAge is { } max && min > max)
        {
            errors.Add("maximumAge", text["Catalogue.AgesReversed"]);
        }

        var dates = StartDates ?? [];
        if (dates.Length > MaxStartDates)
        {
            errors.Add("startDates", text["Catalogue.TooMany", text["Catalogue.StartDates"], MaxStartDates]);
        }
        else if (dates.Any(d => d < today.AddYears(-1) || d > today.AddYears(2)))
        {
            errors.Add("startDates", text["Catalogue.StartDateOutOfRange", today.AddYears(-1).ToString("yyyy-MM-dd"), today.AddYears(2).ToString("yyyy-MM-dd")]);
        }

        if (!string.IsNullOrWhiteSpace(ContactPhone) && !PhoneNormaliser.TryNormalise(ContactPhone, out _))
        {
            errors.Add("contactPhone", text["PhoneInvalid", text["Catalogue.ContactPhone"]]);
        }

        if (!string.IsNullOrWhiteSpace(Url) && !IsWebAddress(Url.Trim()))
        {
            errors.Add("url", text["Catalogue.UrlInvalid"]);
        }

        if (Eligibility?.Any(e => !Enum.IsDefined(e)) == true)
        {
            errors.Add("eligibility", text["FieldNotAllowed", text["Catalogue.Eligibility"]]);
        }

        await CheckCodesAsync(errors, db, ReferenceKind.Region, "regionCode", RegionCode is null ? [] : [RegionCode], "Region", cancellationToken, text);
        if (string.IsNullOrWhiteSpace(RegionCode))
        {
            errors.Add("regionCode", text["FieldRequired", text["Region"]]);
        }

        await CheckCodesAsync(errors, db, ReferenceKind.Language, "languages", Languages ?? [], "Catalogue.Languages", cancellationToken, text);
        await CheckCodesAsync(errors, db, ReferenceKind.DocumentType, "requiredDocuments", RequiredDocuments ?? [], "Catalogue.RequiredDocuments", cancellationToken, text);

        if (string.IsNullOrWhiteSpace(OccupationCode))
        {
            if (Kind == OfferKind.VocationalTraining)
            {
                errors.Add("occupationCode", text["FieldRequired", text["Catalogue.Occupation"]]);
            }
        }
        else if (!await db.Occupations.AnyAsync(o => o.Code == OccupationCode && o.IsActive, cancellationToken))
        {
            errors.Add("occupationCode", text["FieldNotAllowed", text["Catalogue.Occupation"]]);
        }

        if (SiteId is { } siteId && !await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganisationId == organisationId, cancellationToken))
        {
            errors.Add("siteId", text["FieldNotAllowed", text["Site"]]);
        }

        return errors;
    }

    /// <summary>Copies the (validated) values onto the offer, cleaned: trimmed, the phone in E.164, lists without repeats.</summary>
    public void ApplyTo(Offer offer)
    {
        offer.Kind = Kind!.Value;
        offer.ProviderName = FreeText.Clean(ProviderName);
        offer.SiteId = SiteId;
        offer.RegionCode = RegionCode!.Trim();
        offer.City = FreeText.Clean(City)!;
        offer.Address = FreeText.Clean(Address);
        offer.OccupationCode = FreeText.Clean(OccupationCode);
        offer.DurationHours = DurationHours;
        offer.DurationWeeks = DurationWeeks;
        offer.CostMad = CostMad!.Value;
        offer.GrantAvailable = GrantAvailable;
        offer.Seats = Seats;
        offer.StartDates = [.. (StartDates ?? []).Distinct().Order()];
        offer.Languages = [.. (Languages ?? []).Select(l => l.Trim()).Distinct(StringComparer.Ordinal)];
        offer.RequiredDocuments = [.. (RequiredDocuments ?? []).Select(d => d.Trim()).Distinct(StringComparer.Ordinal)];
        offer.Eligibility = [.. (Eligibility ?? []).Distinct().Order()];
        offer.MinimumAge = MinimumAge;
        offer.MaximumAge = MaximumAge;
        offer.ContactPhone = PhoneNormaliser.TryNormalise(ContactPhone, out var phone) ? phone : null;
        offer.ContactEmail = FreeText.Clean(ContactEmail);
        offer.Url = FreeText.Clean(Url);

        foreach (var language in OfferLanguages.All)
        {
            var typed = Texts?.GetValueOrDefault(language);
            var existing = offer.Texts.FirstOrDefault(t => t.Language == language);
            if (typed is null || string.IsNullOrWhiteSpace(typed.Name))
            {
                // A language left without a name is a language the offer is not written in.
                if (existing is not null)
                {
                    offer.Texts.Remove(existing);
                }

                continue;
            }

            if (existing is null)
            {
                existing = new OfferText { OfferId = offer.Id, Language = language, Name = "" };
                offer.Texts.Add(existing);
            }

            existing.Name = FreeText.Clean(typed.Name)!;
            existing.Description = FreeText.Clean(typed.Description);
            existing.Schedule = FreeText.Clean(typed.Schedule);
            existing.EntryRequirements = FreeText.Clean(typed.EntryRequirements);
        }
    }

    private void CheckTexts(ValidationErrors errors, IStringLocalizer<SharedResource> text)
    {
        foreach (var language in (Texts ?? new Dictionary<string, OfferTextInput?>()).Keys.Except(OfferLanguages.All))
        {
            errors.Add("texts", text["Catalogue.TextLanguageUnknown", language]);
        }

        foreach (var language in OfferLanguages.All)
        {
            var typed = Texts?.GetValueOrDefault(language);
            var prefix = $"texts.{language}.";
            var inLanguage = text[$"Catalogue.In.{language}"];
            // French is always needed; another language only once something is written in it.
            var written = typed is not null
                && new[] { typed.Description, typed.Schedule, typed.EntryRequirements }.Any(v => !string.IsNullOrWhiteSpace(v));
            if (string.IsNullOrWhiteSpace(typed?.Name) && (language == OfferLanguages.French || written))
            {
                errors.Add(prefix + "name", text["Catalogue.FieldRequiredIn", text["Catalogue.Name"], inLanguage]);
            }

            if (typed is null)
            {
                continue;
            }

            foreach (var (field, value, max, label) in new[]
            {
                ("name", typed.Name, 200, "Catalogue.Name"),
                ("description", typed.Description, 4000, "Catalogue.Description"),
                ("schedule", typed.Schedule, 300, "Catalogue.Schedule"),
                ("entryRequirements", typed.EntryRequirements, 1000, "Catalogue.EntryRequirements"),
            })
            {
                if (value is not null && value.Trim().Length > max)
                {
                    errors.Add(prefix + field, text["Catalogue.FieldTooLongIn", text[label], inLanguage, max]);
                }
            }
        }
    }

    private static void Between(ValidationErrors errors, string field, int? value, int min, int max, string label, IStringLocalizer<SharedResource> text)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors.Add(field, text["FieldBetween", text[label], min, max]);
        }
    }

    private static async Task CheckCodesAsync(
        ValidationErrors errors, AmudduDbContext db, ReferenceKind kind, string field, IEnumerable<string> codes, string label,
        CancellationToken cancellationToken, IStringLocalizer<SharedResource> text)
    {
        var wanted = codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var known = await db.ReferenceItems.Where(r => r.Kind == kind && wanted.Contains(r.Code)).CountAsync(cancellationToken);
        if (known < wanted.Count || codes.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(field, text["FieldNotAllowed", text[label]]);
        }
    }

    internal static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Contains('.', StringComparison.Ordinal);
}
