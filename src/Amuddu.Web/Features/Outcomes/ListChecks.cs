using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Outcomes;

/// <summary>A person's follow-up checks by due date, with those overdue marked.</summary>
public static class ListChecks
{
    public static async Task<Results<Ok<List<CheckResponse>>, NotFound>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var today = SiteTime.Today(clock);
        var checks = await db.FollowUpChecks.AsNoTracking().Where(c => c.PersonId == personId)
            .OrderBy(c => c.DueOn).ThenBy(c => c.AfterMonths).ToListAsync(cancellationToken);
        return TypedResults.Ok(checks.Select(c => CheckResponse.From(c, protector, today)).ToList());
    }
}
