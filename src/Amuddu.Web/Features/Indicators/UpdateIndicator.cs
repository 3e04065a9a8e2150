using Amuddu.Web.Features.Access;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>An administrator changes an indicator; the caller sends the version it read (409 when someone saved in between).</summary>
public static class UpdateIndicator
{
    public sealed record Request(IndicatorInput? Indicator, long Version);

    public static async Task<Results<Ok<IndicatorDefinitionResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id && i.OrganisationId == organisationId, cancellationToken);
        if (indicator is null)
        {
            return TypedResults.NotFound();
        }

        var errors = request.Indicator is null
            ? new ValidationErrors(text).Add("indicator", text["FieldRequired", "indicator"])
            : await request.Indicator.ValidateAsync(db, organisationId, id, text, cancellationToken);
        if (!errors.IsValid)
        {
            return FrameworkChanges.Invalid(errors, text);
        }

        request.Indicator!.ApplyTo(indicator);
        if (!await FrameworkChanges.TrySaveAsync(db, indicator, request.Version, audit, staff, FrameworkChanges.Saved,
                FrameworkChanges.Subject("indicator", id), "updated", cancellationToken))
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(IndicatorDefinitionResponse.From(indicator));
    }
}
