using Amuddu.Web.Features.Access;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Indicators;

/// <summary>An administrator removes an indicator from the framework; what it counted stays in the facts.</summary>
public static class DeleteIndicator
{
    public static async Task<Results<NoContent, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id && i.OrganisationId == organisationId, cancellationToken);
        if (indicator is null)
        {
            return TypedResults.NotFound();
        }

        db.Indicators.Remove(indicator);
        audit.Add(db, FrameworkChanges.Saved, staff.UserId, organisationId, FrameworkChanges.Subject("indicator", id), "deleted");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
