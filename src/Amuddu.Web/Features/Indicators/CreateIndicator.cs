using Amuddu.Web.Features.Access;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>An administrator adds an indicator under a result: what it counts, how, its baseline and targets.</summary>
public static class CreateIndicator
{
    public static async Task<Results<Created<IndicatorDefinitionResponse>, ValidationProblem>> Handle(
        IndicatorInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var errors = await request.ValidateAsync(db, organisationId, null, text, cancellationToken);
        if (!errors.IsValid)
        {
            return FrameworkChanges.Invalid(errors, text);
        }

        var indicator = new Indicator { OrganisationId = organisationId, Code = "", NameFr = "" };
        request.ApplyTo(indicator);
        db.Indicators.Add(indicator);
        audit.Add(db, FrameworkChanges.Saved, staff.UserId, organisationId, FrameworkChanges.Subject("indicator", indicator.Id), "created");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/indicators/framework/indicators/{indicator.Id}", IndicatorDefinitionResponse.From(indicator));
    }
}
