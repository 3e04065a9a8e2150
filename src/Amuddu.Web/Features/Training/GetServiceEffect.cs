using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amuddu.Web.Features.Training;

/// <summary>The before/after view of the organisation's service around module 3 and adopted practices: counts only, small cells suppressed.</summary>
public static class GetServiceEffect
{
    public static async Task<Ok<ServiceEffectResponse>> Handle(AmudduDbContext db, ICurrentStaff staff, KeptFigures kept, TimeProvider clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ServiceEffect.LoadAsync(db, kept, staff.OrganisationId!.Value, SiteTime.Today(clock), cancellationToken));
}
