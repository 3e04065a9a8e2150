using System.Text.RegularExpressions;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Employers;

/// <summary>What a counsellor types about a company: the organisation's public identity and the service's file.</summary>
public sealed partial record CompanyInput(
    string? Name,
    string? Ice,
    CompanySector? Sector,
    CompanySize? Size,
    string? RegionCode,
    string? City,
    string? Address,
    string? Phone,
    string? Email,
    Guid? CounsellorId,
    string? Notes)
{
    public async Task<ValidationErrors> ValidateAsync(
        AmudduDbContext db, Guid serviceOrganisationId, Guid? existing, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .Required("name", Name, "Employers.Name")
            .MaxLength("name", Name?.Trim(), 200, "Employers.Name")
            .MaxLength("city", City?.Trim(), 100, "Employers.City")
            .MaxLength("address", Address?.Trim(), 300, "Employers.Address")
            .MaxLength("phone", Phone?.Trim(), 20, "Employers.Phone")
            .Email("email", Email?.Trim(), "Employers.Email")
            .MaxLength("notes", Notes?.Trim(), 2000, "Employers.Notes");

        var ice = Ice?.Trim();
        if (string.IsNullOrEmpty(ice))
        {
            errors.Add("ice", text["FieldRequired", text["Employers.Ice"]]);
        }
        else if (!IcePattern().IsMatch(ice))
        {
            errors.Add("ice", text["Employers.IceInvalid"]);
        }
        else if (await db.Companies.AnyAsync(c => c.Ice == ice && c.OrganisationId != existing, cancellationToken))
        {
            errors.Add("ice", text["Employers.IceTaken"]);
        }

        if (Sector is not { } sector || !Enum.IsDefined(sector))
        {
            errors.Add("sector", text["FieldRequired", text["Employers.Sector"]]);
        }

        if (Size is not { } size || !Enum.IsDefined(size))
        {
            errors.Add("size", text["FieldRequired", text["Employers.Size"]]);
        }

        if (string.IsNullOrWhiteSpace(RegionCode))
        {
            errors.Add("regionCode", text["FieldRequired", text["Employers.Region"]]);
        }
        else if (!await db.ReferenceItems.AnyAsync(r => r.Kind == ReferenceKind.Region && r.IsActive && r.Code == RegionCode.Trim(), cancellationToken))
        {
            errors.Add("regionCode", text["FieldNotAllowed", text["Employers.Region"]]);
        }

        if (!string.IsNullOrWhiteSpace(Phone) && !PhonePattern().IsMatch(Phone.Trim()))
        {
            errors.Add("phone", text["FieldInvalid", text["Employers.Phone"]]);
        }

        if (CounsellorId is { } counsellor
            && !await db.Users.AnyAsync(u => u.Id == counsellor && u.OrganisationId == serviceOrganisationId, cancellationToken))
        {
            errors.Add("counsellorId", text["Employers.CounsellorUnknown"]);
        }

        return errors;
    }

    public void ApplyTo(Organisation organisation, Company company)
    {
        organisation.Name = Name!.Trim();
        organisation.RegionCode = RegionCode!.Trim();
        organisation.City = FreeText.Clean(City);
        organisation.Address = FreeText.Clean(Address);
        organisation.ContactPhone = FreeText.Clean(Phone);
        organisation.ContactEmail = FreeText.Clean(Email);
        company.Ice = Ice!.Trim();
        company.Sector = Sector!.Value;
        company.Size = Size!.Value;
        company.CounsellorId = CounsellorId;
        company.Notes = FreeText.Clean(Notes);
    }

    [GeneratedRegex("^[0-9]{15}$")]
    private static partial Regex IcePattern();

    [GeneratedRegex(@"^\+?[0-9 .-]{6,20}$")]
    private static partial Regex PhonePattern();
}
