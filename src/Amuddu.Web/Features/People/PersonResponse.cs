using System.Globalization;

namespace Amuddu.Web.Features.People;

public sealed record PersonResponse(
    Guid Id, string FileNumber, string? FirstName, string? LastName, string? FirstNameArabic, string? LastNameArabic,
    Sex Sex, string? DateOfBirth, string NationalityCode, IReadOnlyList<string> Languages, string? Phone, string? WhatsApp,
    string? Email, string RegionCode, string City, string? Neighbourhood, int? HouseholdSize, HeardFrom HeardFrom,
    Guid SiteId, Guid? CounsellorId, PathwayStage Stage, DateTimeOffset RegisteredAt, long Version,
    DateTimeOffset? ErasedAt, Guid? MergedIntoId)
{
    public static PersonResponse From(Person p) => new(
        p.Id, p.FileNumber, p.FirstName, p.LastName, p.FirstNameArabic, p.LastNameArabic, p.Sex, BirthText(p), p.NationalityCode,
        p.Languages, p.Phone, p.WhatsApp, p.Email, p.RegionCode, p.City, p.Neighbourhood, p.HouseholdSize, p.HeardFrom,
        p.SiteId, p.CounsellorId, p.Stage, p.CreatedAt, p.Version, p.ErasedAt, p.MergedIntoId);

    /// <summary>"1990-05-12", or "1990" when only the year is known.</summary>
    public static string? BirthText(Person p) =>
        p.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? p.BirthYear?.ToString(CultureInfo.InvariantCulture);

}

public sealed record PersonSummary(Guid Id, string FileNumber, string Name, string? DateOfBirth, string NationalityCode, Guid SiteId, PathwayStage Stage, DateTimeOffset RegisteredAt);
