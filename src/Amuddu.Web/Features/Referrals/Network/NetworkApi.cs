using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Referrals.Network;

/// <summary>The referral network's statistics, for managers (counts only, never a person).</summary>
public static class NetworkApi
{
    public static RouteGroupBuilder MapReferralNetworkApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/referrals/statistics").WithTags("Referral network").RequireAuthorization(Policies.Indicators);
        group.MapGet("/", GetNetworkStatistics.Handle)
            .WithSummary("Referrals sent in a period (from, to: ISO dates, last 12 months by default) by pair of organisations, service, status and decline reason; time to accept and to complete; overdue; counter-referrals.");
        group.MapGet("/export.csv", ExportNetworkStatistics.Handle).WithSummary("The same tables as CSV sections.");
        return api;
    }
}
