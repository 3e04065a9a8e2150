using Amuddu.Linkage.Normalisation;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Directory;

/// <summary>
/// The caller's own organisation keeps its directory profile; saving it counts as checking it today.
/// The caller sends the version it read (409 when someone saved in between).
/// </summary>
public static class UpdateProfile
{
    public sealed record Request(
        string? Description, string? Address, string? City, string[]? RegionsCovered, string? ContactPhone, string? ContactEmail,
        string? Website, string? OpeningHours, bool AcceptsReferrals, long Version);

    public static async Task<Results<Ok<PartnerProfile>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId;
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }

        var errors = await ValidateAsync(request, db, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (organisation.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        var today = SiteTime.Today(clock);
        organisation.Description = FreeText.Clean(request.Description);
        organisation.Address = FreeText.Clean(request.Address);
        organisation.City = FreeText.Clean(request.City);
        organisation.RegionsCovered = [.. (request.RegionsCovered ?? []).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        organisation.ContactPhone = PhoneNormaliser.TryNormalise(request.ContactPhone, out var phone) ? phone : null;
        organisation.ContactEmail = FreeText.Clean(request.ContactEmail);
        organisation.Website = FreeText.Clean(request.Website);
        organisation.OpeningHours = FreeText.Clean(request.OpeningHours);
        organisation.AcceptsReferrals = request.AcceptsReferrals;
        organisation.ProfileVerifiedOn = today;
        db.Entry(organisation).Property(o => o.Version).OriginalValue = request.Version;
        audit.Add(db, DirectoryAudit.ProfileUpdated, staff.UserId, organisationId, DirectoryAudit.Organisation(organisation.Id), null);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        var services = await db.Offers.CountAsync(o => o.OrganisationId == organisation.Id && o.Status == OfferStatus.Published, cancellationToken);
        return TypedResults.Ok(Partners.Profile(organisation, services, today));
    }

    /// <summary>Names each wrong field with the request's JSON name.</summary>
    public static async Task<ValidationErrors> ValidateAsync(
        Request request, AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .MaxLength("description", request.Description?.Trim(), 2000, "Directory.Description")
            .MaxLength("address", request.Address?.Trim(), 300, "Address")
            .MaxLength("city", request.City?.Trim(), 100, "City")
            .MaxLength("openingHours", request.OpeningHours?.Trim(), 300, "Directory.OpeningHours")
            .Email("contactEmail", request.ContactEmail, "Directory.ContactEmail")
            .MaxLength("contactEmail", request.ContactEmail?.Trim(), 256, "Directory.ContactEmail")
            .MaxLength("website", request.Website?.Trim(), 500, "Directory.Website");

        if (!string.IsNullOrWhiteSpace(request.ContactPhone) && !PhoneNormaliser.TryNormalise(request.ContactPhone, out _))
        {
            errors.Add("contactPhone", text["PhoneInvalid", text["Directory.ContactPhone"]]);
        }

        if (!string.IsNullOrWhiteSpace(request.Website) && !OfferInput.IsWebAddress(request.Website.Trim()))
        {
            errors.Add("website", text["Directory.WebsiteInvalid"]);
        }

        var regions = request.RegionsCovered ?? [];
        var wanted = regions.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct().ToList();
        var known = wanted.Count == 0
            ? 0
            : await db.ReferenceItems.CountAsync(r => r.Kind == ReferenceKind.Region && r.IsActive && wanted.Contains(r.Code), cancellationToken);
        if (known < wanted.Count || regions.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("regionsCovered", text["FieldNotAllowed", text["Directory.RegionsCovered"]]);
        }

        return errors;
    }
}
