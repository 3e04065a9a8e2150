using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// An analyst asks for the figures to be computed again now, rather than at the background pass's next turn: the
/// organisation's facts are refreshed with what changed since the last time (a first time builds them all).
/// </summary>
public static class RefreshIndicators
{
    public sealed record Response(bool Ran, int Subjects, int Facts, int Slices, DateTimeOffset? ReadUpTo, double Seconds);

    public static async Task<Ok<Response>> Handle(
        AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, IOptions<IndicatorOptions> options, CancellationToken cancellationToken)
    {
        var result = await IndicatorFacts.RefreshAsync(db, staff.OrganisationId!.Value, clock, options.Value, cancellationToken);
        return TypedResults.Ok(new Response(result.Ran, result.Subjects, result.Facts, result.Slices, result.ReadUpTo, result.Elapsed.TotalSeconds));
    }
}
