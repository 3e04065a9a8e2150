using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Organisations;

/// <summary>Adds a partner organisation. Only administrators of the platform operator may.</summary>
public static class CreateOrganisation
{
    public sealed record Request(string? Name, string? Acronym, OrganisationKind? Kind, string? RegionCode);

    public static async Task<Results<Created<OrganisationSummary>, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> Handle(
        Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var isOperator = await db.Organisations.AnyAsync(
            o => o.Id == staff.OrganisationId && o.IsPlatformOperator, cancellationToken);
        if (!isOperator)
        {
            return TypedResults.Forbid();
        }

        var errors = new ValidationErrors(text)
            .Required("name", request.Name, "OrganisationName")
            .MaxLength("name", request.Name, 200, "OrganisationName")
            .MaxLength("acronym", request.Acronym, 20, "Acronym");
        if (request.Kind is null)
        {
            errors.Add("kind", text["FieldRequired", text["OrganisationKind"]]);
        }

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
        if (await db.Organisations.AnyAsync(o => o.Name == name, cancellationToken))
        {
            return Conflicts.Of(text["OrganisationNameTaken", name]);
        }

        var organisation = new Organisation
        {
            Name = name,
            Acronym = FreeText.Clean(request.Acronym),
            Kind = request.Kind!.Value,
            RegionCode = string.IsNullOrWhiteSpace(request.RegionCode) ? null : request.RegionCode,
        };
        db.Organisations.Add(organisation);
        audit.Add(db, AuditActions.OrganisationCreated, staff.UserId, staff.OrganisationId,
            $"organisation {organisation.Id}");
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"/api/v1/organisations/{organisation.Id}",
            new OrganisationSummary(organisation.Id, organisation.Name, organisation.Acronym, organisation.Kind, organisation.RegionCode));
    }
}
