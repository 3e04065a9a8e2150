using Amuddu.Web.Features.Access;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>An administrator adds a result to the organisation's framework.</summary>
public static class CreateResult
{
    public static async Task<Results<Created<ResultResponse>, ValidationProblem>> Handle(
        ResultInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var errors = await request.ValidateAsync(db, organisationId, null, text, cancellationToken);
        if (!errors.IsValid)
        {
            return FrameworkChanges.Invalid(errors, text);
        }

        var result = new ResultArea { OrganisationId = organisationId, Code = "", TitleFr = "" };
        request.ApplyTo(result);
        db.ResultAreas.Add(result);
        audit.Add(db, FrameworkChanges.Saved, staff.UserId, organisationId, FrameworkChanges.Subject("result", result.Id), "created");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/indicators/framework/results/{result.Id}", ResultResponse.From(result, []));
    }
}
