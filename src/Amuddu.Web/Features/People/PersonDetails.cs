using System.Globalization;
using Amuddu.Linkage.Normalisation;
using Amuddu.Web.Data;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.People;

/// <summary>What a counsellor types about a person at registration, and again when correcting the file.</summary>
public sealed record PersonDetails(
    string? FirstName,
    string? LastName,
    string? FirstNameArabic,
    string? LastNameArabic,
    Sex? Sex,
    string? DateOfBirth,
    string? NationalityCode,
    string[]? Languages,
    string? Phone,
    string? WhatsApp,
    string? Email,
    string? RegionCode,
    string? City,
    string? Neighbourhood,
    int? HouseholdSize,
    HeardFrom? HeardFrom,
    Guid? SiteId)
{
    public const int MinimumAge = 14;
    public const int MaximumAge = 100;

    /// <summary>Checks every field, naming each wrong one; on success, copies the cleaned values onto <paramref name="person"/>.</summary>
    public async Task<ValidationErrors> ValidateAsync(
        AmudduDbContext db, Guid organisationId, DateOnly today, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .MaxLength("firstName", FirstName, 100, "FirstName")
            .MaxLength("lastName", LastName, 100, "LastName")
            .MaxLength("firstNameArabic", FirstNameArabic, 100, "FirstNameArabic")
            .MaxLength("lastNameArabic", LastNameArabic, 100, "LastNameArabic")
            .Email("email", Email, "Email")
            .MaxLength("email", Email, 256, "Email")
            .Required("city", City, "City")
            .MaxLength("city", City, 100, "City")
            .MaxLength("neighbourhood", Neighbourhood, 100, "Neighbourhood");

        if (string.IsNullOrWhiteSpace(FirstName) && string.IsNullOrWhiteSpace(FirstNameArabic))
        {
            errors.Add("firstName", text["NameInEitherScript", text["FirstName"]]);
        }

        if (string.IsNullOrWhiteSpace(LastName) && string.IsNullOrWhiteSpace(LastNameArabic))
        {
            errors.Add("lastName", text["NameInEitherScript", text["LastName"]]);
        }

        foreach (var (field, value, label) in new[] { ("firstName", FirstName, "FirstName"), ("lastName", LastName, "LastName") })
        {
            if (TextFolding.ContainsArabic(value))
            {
                errors.Add(field, text["LatinScriptOnly", text[label]]);
            }
        }

        foreach (var (field, value, label) in new[] { ("firstNameArabic", FirstNameArabic, "FirstNameArabic"), ("lastNameArabic", LastNameArabic, "LastNameArabic") })
        {
            if (!string.IsNullOrWhiteSpace(value) && !IsArabicName(value))
            {
                errors.Add(field, text["ArabicScriptOnly", text[label]]);
            }
        }

        if (Sex is null)
        {
            errors.Add("sex", text["FieldRequired", text["Sex"]]);
        }

        if (HeardFrom is null)
        {
            errors.Add("heardFrom", text["FieldRequired", text["HeardFrom"]]);
        }

        if (!string.IsNullOrWhiteSpace(DateOfBirth) && !TryReadBirth(DateOfBirth, today, out _, out _))
        {
            errors.Add("dateOfBirth", text["BirthDateImpossible", MinimumAge, MaximumAge]);
        }

        foreach (var (field, value, label) in new[] { ("phone", Phone, "Phone"), ("whatsApp", WhatsApp, "WhatsApp") })
        {
            if (!string.IsNullOrWhiteSpace(value) && !PhoneNormaliser.TryNormalise(value, out _))
            {
                errors.Add(field, text["PhoneInvalid", text[label]]);
            }
        }

        if (HouseholdSize is < 1 or > 30)
        {
            errors.Add("householdSize", text["FieldBetween", text["HouseholdSize"], 1, 30]);
        }

        await CheckCodeAsync(errors, db, ReferenceKind.Country, "nationalityCode", NationalityCode, "Nationality", required: true, text, cancellationToken);
        await CheckCodeAsync(errors, db, ReferenceKind.Region, "regionCode", RegionCode, "Region", required: true, text, cancellationToken);
        foreach (var language in Languages ?? [])
        {
            await CheckCodeAsync(errors, db, ReferenceKind.Language, "languages", language, "Languages", required: false, text, cancellationToken);
        }

        if (SiteId is null)
        {
            errors.Add("siteId", text["FieldRequired", text["Site"]]);
        }
        else if (!await db.Sites.AnyAsync(s => s.Id == SiteId && s.OrganisationId == organisationId, cancellationToken))
        {
            errors.Add("siteId", text["FieldNotAllowed", text["Site"]]);
        }

        return errors;
    }

    /// <summary>Copies the (validated) values onto the entity, cleaned: trimmed, phones in E.164.</summary>
    public void ApplyTo(Person person, DateOnly today)
    {
        person.FirstName = FreeText.Clean(FirstName);
        person.LastName = FreeText.Clean(LastName);
        person.FirstNameArabic = FreeText.Clean(FirstNameArabic);
        person.LastNameArabic = FreeText.Clean(LastNameArabic);
        person.Sex = Sex!.Value;
        TryReadBirth(DateOfBirth, today, out var date, out var year);
        person.DateOfBirth = date;
        person.BirthYear = year;
        person.NationalityCode = NationalityCode!;
        person.Languages = [.. (Languages ?? []).Distinct(StringComparer.Ordinal)];
        person.Phone = PhoneNormaliser.TryNormalise(Phone, out var phone) ? phone : null;
        person.WhatsApp = PhoneNormaliser.TryNormalise(WhatsApp, out var whatsApp) ? whatsApp : null;
        person.Email = FreeText.Clean(Email);
        person.RegionCode = RegionCode!;
        person.City = FreeText.Clean(City)!;
        person.Neighbourhood = FreeText.Clean(Neighbourhood);
        person.HouseholdSize = HouseholdSize;
        person.HeardFrom = HeardFrom!.Value;
        person.SiteId = SiteId!.Value;
    }

    /// <summary>"1990-05-12" or "1990": a real date (or year) giving an age from 14 to 100 today.</summary>
    public static bool TryReadBirth(string? value, DateOnly today, out DateOnly? date, out int? year)
    {
        date = null;
        year = null;
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return true;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            date = full;
            year = full.Year;
        }
        else if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            year = y;
        }
        else
        {
            return false;
        }

        var age = today.Year - year.Value;
        return (date is null || date <= today) && age is >= MinimumAge and <= MaximumAge;
    }

    private static async Task CheckCodeAsync(
        ValidationErrors errors, AmudduDbContext db, ReferenceKind kind, string field, string? code, string label, bool required,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (required)
            {
                errors.Add(field, text["FieldRequired", text[label]]);
            }
        }
        else if (!await db.ReferenceItems.AnyAsync(r => r.Kind == kind && r.Code == code, cancellationToken))
        {
            errors.Add(field, text["FieldNotAllowed", text[label]]);
        }
    }

    private static bool IsArabicName(string value) =>
        value.All(c => c is ' ' or '-' or '\'' || (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F'));
}
