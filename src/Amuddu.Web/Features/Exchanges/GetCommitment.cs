using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>A commitment with its follow-ups, for its owner, the coordinator and administrators.</summary>
public static class GetCommitment
{
    public static async Task<Results<Ok<CommitmentResponse>, NotFound>> Handle(
        Guid commitmentId, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken) =>
        await LoadAsync(db, staff, commitmentId, SiteTime.Today(clock), cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    public static async Task<CommitmentResponse?> LoadAsync(AmudduDbContext db, ICurrentStaff staff, Guid commitmentId, DateOnly today,
        CancellationToken cancellationToken) =>
        (await ListCommitments.LoadAsync(db, staff, ListCommitments.Visible(db, staff).Where(c => c.Id == commitmentId), cancellationToken, today))
        .SingleOrDefault();
}
