using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Payments;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// <c>/api/v1/applications</c> and the employer view <c>/api/v1/employer</c>. Applying (drafts, documents,
/// business plans, submission and the eligibility check), deciding (review, four eyes, committee) and
/// disbursing (contract, tranches) each map their own endpoints.
/// </summary>
public static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags("Applications").RequireAuthorization(Policies.Applications);
        applications.MapApplyingEndpoints();
        applications.MapDecisionEndpoints();
        applications.MapDisbursementEndpoints();

        var employer = api.MapGroup("/employer").WithTags("Employer").RequireAuthorization(Policies.Employer);
        employer.MapEmployerApplyingEndpoints();
        employer.MapEmployerConfirmationEndpoints();
        return api;
    }
}
