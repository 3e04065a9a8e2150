using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Organisations;

/// <summary>Adds an agency or centre to the administrator's own organisation.</summary>
public static class CreateSite
{
    public sealed record Request(string? Name, string? RegionCode, string? City, string? Address, string? Phone);

    public static async Task<Results<Created<SiteResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        // Another organisation's sites are not this administrator's business: same answer as "no such organisation".
        if (id != staff.OrganisationId || !await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text)
            .Required("name", request.Name, "SiteName")
            .MaxLength("name", request.Name, 200, "SiteName")
            .Required("regionCode", request.RegionCode, "Region")
            .Required("city", request.City, "City")
            .MaxLength("city", request.City, 100, "City")
            .MaxLength("address", request.Address, 300, "Address")
            .MaxLength("phone", request.Phone, 32, "Phone");
        if (request.RegionCode is { Length: > 0 } region
            && !await db.ReferenceItems.AnyAsync(r => r.Kind == ReferenceKind.Region && r.Code == region, cancellationToken))
        {
            errors.Add("regionCode", text["FieldNotAllowed", text["Region"]]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var name = request.Name!.Trim();
        if (await db.Sites.AnyAsync(s => s.OrganisationId == id && s.Name == name, cancellationToken))
        {
            return Conflicts.Of(text["SiteNameTaken", name]);
        }

        var site = new Site
        {
            OrganisationId = id,
            Name = name,
            RegionCode = request.RegionCode!,
            City = request.City!.Trim(),
            Address = request.Address?.Trim(),
            Phone = request.Phone?.Trim(),
        };
        db.Sites.Add(site);
        audit.Add(db, AuditActions.SiteCreated, staff.UserId, staff.OrganisationId, $"site {site.Id}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/organisations/{id}/sites/{site.Id}", site.ToResponse());
    }
}
