using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Consents;

public static class ListConsents
{
    public static async Task<Results<Ok<List<ConsentResponse>>, NotFound>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var today = SiteTime.Today(clock);
        var consents = await db.Consents.AsNoTracking().Where(c => c.PersonId == personId)
            .OrderByDescending(c => c.RecordedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(consents.Select(c => ConsentResponse.From(c, today)).ToList());
    }
}
