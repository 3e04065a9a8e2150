namespace Amuddu.Web.Features.Referrals;

/// <summary>The sending side: what a person's consent allows a recipient, drafting, sending, a person's referrals.</summary>
public static class SendingEndpoints
{
    public static RouteGroupBuilder MapSendingEndpoints(this RouteGroupBuilder referrals)
    {
        return referrals;
    }
}
