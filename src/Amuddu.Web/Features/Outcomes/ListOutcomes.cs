using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Outcomes;

/// <summary>A person's outcomes, latest first.</summary>
public static class ListOutcomes
{
    public static async Task<Results<Ok<List<OutcomeResponse>>, NotFound>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var outcomes = await db.Outcomes.AsNoTracking().Where(o => o.PersonId == personId).ToListAsync(cancellationToken);
        return TypedResults.Ok(outcomes.OrderByDescending(o => o.StartsOn).ThenByDescending(o => o.RecordedAt)
            .Select(o => OutcomeResponse.From(o, protector)).ToList());
    }
}
