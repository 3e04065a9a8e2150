using Amuddu.Web.Features.Access;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>An administrator changes a result; the caller sends the version it read (409 when someone saved in between).</summary>
public static class UpdateResult
{
    public sealed record Request(ResultInput? Result, long Version);

    public static async Task<Results<Ok<ResultResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var result = await db.ResultAreas.SingleOrDefaultAsync(r => r.Id == id && r.OrganisationId == organisationId, cancellationToken);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        var errors = request.Result is null
            ? new ValidationErrors(text).Add("result", text["FieldRequired", "result"])
            : await request.Result.ValidateAsync(db, organisationId, id, text, cancellationToken);
        if (!errors.IsValid)
        {
            return FrameworkChanges.Invalid(errors, text);
        }

        request.Result!.ApplyTo(result);
        if (!await FrameworkChanges.TrySaveAsync(db, result, request.Version, audit, staff, FrameworkChanges.Saved,
                FrameworkChanges.Subject("result", id), "updated", cancellationToken))
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ResultAreaId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok(ResultResponse.From(result, indicators));
    }
}
