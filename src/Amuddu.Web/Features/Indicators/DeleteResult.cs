using Amuddu.Web.Features.Access;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>An administrator removes a result that has no indicator left (its narratives go with it); the facts stay.</summary>
public static class DeleteResult
{
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var result = await db.ResultAreas.SingleOrDefaultAsync(r => r.Id == id && r.OrganisationId == organisationId, cancellationToken);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        if (await db.Indicators.AnyAsync(i => i.ResultAreaId == id, cancellationToken))
        {
            return Conflicts.Of(text["Indicators.ResultHasIndicators"]);
        }

        db.ResultAreas.Remove(result);
        audit.Add(db, FrameworkChanges.Saved, staff.UserId, organisationId, FrameworkChanges.Subject("result", id), "deleted");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
