using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Payments;

public static class PaymentsApi
{
    /// <summary><c>/api/v1/payments</c>: payment orders (with <c>Idempotency-Key</c>), transfer files, reconciliation.</summary>
    public static RouteGroupBuilder MapPaymentsApi(this RouteGroupBuilder api)
    {
        var payments = api.MapGroup("/payments").WithTags("Payments").RequireAuthorization(Policies.ProgrammeOfficers);
        _ = payments; // The payments part maps its endpoints here.
        return api;
    }
}
