using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amuddu.Web.Features.Payments;

/// <summary>An application's tranches, in order, each with its payment orders (failed and cancelled ones included).</summary>
public static class ListTranches
{
    public static async Task<Results<Ok<List<TrancheResponse>>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        return application is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(await Disbursement.TranchesOfAsync(db, application.Id, cancellationToken));
    }
}
