using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amuddu.Web.Features.Training;

/// <summary>A cycle with its modules, the sessions the caller may see and their participants.</summary>
public static class GetCycle
{
    public static async Task<Results<Ok<TrainingCycleResponse>, NotFound>> Handle(Guid id, AmudduDbContext db, ICurrentStaff staff,
        CancellationToken cancellationToken)
    {
        var cycle = await TrainingAccess.FindCycleAsync(db, staff, id, cancellationToken);
        return cycle is null ? TypedResults.NotFound() : TypedResults.Ok(await CycleDetails.LoadAsync(db, staff, cycle, cancellationToken));
    }
}
