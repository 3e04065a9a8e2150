using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>The coordinator sets up a cycle of the organisation, as a draft unless told otherwise.</summary>
public static class CreateCycle
{
    public static async Task<Results<Created<TrainingCycleResponse>, ValidationProblem, ForbidHttpResult>> Handle(
        CycleInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        if (!TrainingAccess.IsCoordinator(staff))
        {
            return TypedResults.Forbid();
        }

        var organisation = staff.OrganisationId!.Value;
        var errors = await request.ValidateAsync(db, organisation, null, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var cycle = new TrainingCycle { OrganisationId = organisation, Title = "", Status = CycleStatus.Draft };
        request.ApplyTo(cycle);
        db.TrainingCycles.Add(cycle);
        audit.Add(db, TrainingAudit.CycleSaved, staff.UserId, organisation, TrainingAudit.Cycle(cycle.Id), "created");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/training/cycles/{cycle.Id}", await CycleDetails.LoadAsync(db, staff, cycle, cancellationToken));
    }
}
