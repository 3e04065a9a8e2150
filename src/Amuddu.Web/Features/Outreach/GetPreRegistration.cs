using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Outreach;

/// <summary>Opens one pre-registration (names and contacts): every opening is audited.</summary>
public static class GetPreRegistration
{
    public static async Task<Results<Ok<PreRegistrationResponse>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, CancellationToken cancellationToken)
    {
        var pre = await PreRegistrationAccess.Visible(db, staff).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pre is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(OutreachAudit.PreRegistrationViewed, staff.UserId, staff.OrganisationId, OutreachAudit.PreRegistration(id),
            cancellationToken: cancellationToken);
        return TypedResults.Ok(PreRegistrationResponse.From(pre));
    }
}
