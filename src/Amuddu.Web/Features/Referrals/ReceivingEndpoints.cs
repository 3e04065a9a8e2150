namespace Amuddu.Web.Features.Referrals;

/// <summary>Both boxes and the life of a sent referral: status changes, notes, the shared part of the file, counter-referrals.</summary>
public static class ReceivingEndpoints
{
    public static RouteGroupBuilder MapReceivingEndpoints(this RouteGroupBuilder referrals)
    {
        return referrals;
    }
}
