using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amuddu.Web.Features.Users;

public static class GetUser
{
    public static async Task<Results<Ok<UserResponse>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken)
    {
        var found = await ListUsers.Query(db, staff.OrganisationId!.Value, clock.GetUtcNow(), id, cancellationToken);
        return found is [var user] ? TypedResults.Ok(user) : TypedResults.NotFound();
    }
}
