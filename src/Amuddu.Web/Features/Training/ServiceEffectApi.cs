using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Training;

public static class ServiceEffectApi
{
    public static RouteGroupBuilder MapServiceEffectApi(this RouteGroupBuilder api)
    {
        api.MapGet("/training/effect", GetServiceEffect.Handle).WithTags("Training").RequireAuthorization(Policies.TrainingEffect)
            .WithSummary("Is the service better? Indicators of the people followed by counsellors trained in module 3, 6 months before and after, "
                + "against those not yet trained; adopted practices' indicator in their agency. Observational; cells under 5 people are null and suppressed.");
        return api;
    }
}
