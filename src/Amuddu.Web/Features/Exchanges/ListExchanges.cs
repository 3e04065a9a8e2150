using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>The exchanges the caller may see (all of the organisation's for the coordinator, else those they took part in), latest first.</summary>
public static class ListExchanges
{
    public static async Task<Ok<List<ExchangeSummary>>> Handle(AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        TypedResults.Ok(await LoadAsync(db, staff, cancellationToken));

    public static Task<List<ExchangeSummary>> LoadAsync(AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        (from e in ExchangeAccess.Visible(db, staff).AsNoTracking()
         join host in db.Organisations on e.HostOrganisationId equals host.Id
         join visiting in db.Organisations on e.VisitingOrganisationId equals visiting.Id
         orderby e.StartsOn descending
         select new ExchangeSummary(e.Id, e.Title, e.Kind, host.Acronym ?? host.Name, visiting.Acronym ?? visiting.Name, e.StartsOn, e.EndsOn, e.Themes))
        .Take(500).ToListAsync(cancellationToken);
}
