namespace Amuddu.Web.Features.Payments;

/// <summary>From the signed agreement to the last tranche: contract, tranches, suspension, recovery, and the employer's confirmations.</summary>
public static class DisbursementEndpoints
{
    public static RouteGroupBuilder MapDisbursementEndpoints(this RouteGroupBuilder applications) => applications;

    public static RouteGroupBuilder MapEmployerConfirmationEndpoints(this RouteGroupBuilder employer) => employer;
}
