using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>The coordinator changes a cycle; the version read is sent back (409 when someone saved in between).</summary>
public static class UpdateCycle
{
    public sealed record Request(CycleInput? Cycle, long Version);

    public static async Task<Results<Ok<TrainingCycleResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var cycle = await TrainingAccess.FindManagedCycleAsync(db, staff, id, cancellationToken);
        if (cycle is null)
        {
            return TypedResults.NotFound();
        }

        var errors = request.Cycle is null
            ? new ValidationErrors(text).Add("cycle", text["FieldRequired", "cycle"])
            : await request.Cycle.ValidateAsync(db, cycle.OrganisationId, cycle, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (cycle.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        var capacity = cycle.Capacity;
        request.Cycle!.ApplyTo(cycle);
        audit.Add(db, TrainingAudit.CycleSaved, staff.UserId, staff.OrganisationId, TrainingAudit.Cycle(cycle.Id), "updated");
        if (cycle.Capacity > capacity)
        {
            // More seats: the waiting list moves up.
            await Nominations.FillSeatsAsync(db, cycle, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(await CycleDetails.LoadAsync(db, staff, cycle, cancellationToken));
    }
}
