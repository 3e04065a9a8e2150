using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.People.Pages;

/// <summary>The posted form, as typed: kept whole so a form with a mistake comes back filled in.</summary>
public sealed class PersonFormModel
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? FirstNameArabic { get; set; }
    public string? LastNameArabic { get; set; }
    public Sex? Sex { get; set; }
    public string? DateOfBirth { get; set; }
    public string? NationalityCode { get; set; }
    public string[]? Languages { get; set; }
    public string? Phone { get; set; }
    public string? WhatsApp { get; set; }
    public string? Email { get; set; }
    public string? RegionCode { get; set; }
    public string? City { get; set; }
    public string? Neighbourhood { get; set; }
    public int? HouseholdSize { get; set; }
    public HeardFrom? HeardFrom { get; set; }
    public Guid? SiteId { get; set; }
    public long Version { get; set; }
    public string? NotDuplicateOf { get; set; }

    /// <summary>What the handler gets: the birth date as typed read into ISO (15/03/1994 → 1994-03-15; a year stays a year).</summary>
    public PersonDetails ToDetails() => new(FirstName, LastName, FirstNameArabic, LastNameArabic, Sex, FormDates.ToIso(DateOfBirth, allowYear: true), NationalityCode,
        Languages, Phone, WhatsApp, Email, RegionCode, City, Neighbourhood, HouseholdSize, HeardFrom, SiteId);

    /// <summary>
    /// The handler's errors, with the form's own: a birth date that is not a date at all is named with what was typed
    /// (the handler, which reads ISO only, would only say it is impossible).
    /// </summary>
    public IDictionary<string, string[]>? FormErrors(IDictionary<string, string[]>? errors, IStringLocalizer text) =>
        FormDates.WithDateError(errors, "dateOfBirth", DateOfBirth, text, "DateOfBirth", allowYear: true);

    public static PersonFormModel From(PersonResponse p) => new()
    {
        FirstName = p.FirstName, LastName = p.LastName, FirstNameArabic = p.FirstNameArabic, LastNameArabic = p.LastNameArabic,
        Sex = p.Sex, DateOfBirth = p.DateOfBirth, NationalityCode = p.NationalityCode, Languages = [.. p.Languages], Phone = p.Phone,
        WhatsApp = p.WhatsApp, Email = p.Email, RegionCode = p.RegionCode, City = p.City, Neighbourhood = p.Neighbourhood,
        HouseholdSize = p.HouseholdSize, HeardFrom = p.HeardFrom, SiteId = p.SiteId, Version = p.Version,
    };
}
