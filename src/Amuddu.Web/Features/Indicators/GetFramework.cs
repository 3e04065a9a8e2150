using Amuddu.Web.Features.Access;
using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Indicators;

/// <summary>The organisation's results framework: its results in order, each with its indicators.</summary>
public static class GetFramework
{
    public static async Task<Ok<FrameworkResponse>> Handle(AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        TypedResults.Ok(await LoadAsync(db, staff.OrganisationId!.Value, cancellationToken));

    public static async Task<FrameworkResponse> LoadAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        var results = await db.ResultAreas.AsNoTracking().Where(r => r.OrganisationId == organisationId)
            .OrderBy(r => r.Order).ThenBy(r => r.Code).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.OrganisationId == organisationId).ToListAsync(cancellationToken);
        return new FrameworkResponse([.. results.Select(r => ResultResponse.From(r, indicators))]);
    }
}
