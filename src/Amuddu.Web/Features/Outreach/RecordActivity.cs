using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outreach;

/// <summary>Plans an outreach activity, or logs one already done.</summary>
public static class RecordActivity
{
    public static async Task<Results<Created<ActivityResponse>, ValidationProblem>> Handle(
        ActivityInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = await request.ValidateAsync(db, staff, clock, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var activity = new OutreachActivity { OrganisationId = staff.OrganisationId!.Value, RegionCode = "", City = "" };
        request.ApplyTo(activity, staff);
        db.OutreachActivities.Add(activity);
        audit.Add(db, OutreachAudit.ActivityRecorded, staff.UserId, staff.OrganisationId, OutreachAudit.Activity(activity.Id),
            $"{activity.Status}, {activity.ReachedTotal} reached");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/outreach/activities/{activity.Id}", ActivityResponse.From(activity));
    }
}
