using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// The referral network's API. The sending side (drafting, consent, sending, a person's referrals) and
/// the receiving side (boxes, status changes, shared data, escalation) each map their own endpoints.
/// </summary>
public static class ReferralsApi
{
    public static RouteGroupBuilder MapReferralsApi(this RouteGroupBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Referrals").RequireAuthorization(Policies.Referrals);
        referrals.MapSendingEndpoints(api);
        referrals.MapReceivingEndpoints();
        api.MapEscalatedReferrals();
        return api;
    }
}
