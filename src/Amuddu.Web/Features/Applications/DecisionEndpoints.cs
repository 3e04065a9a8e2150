namespace Amuddu.Web.Features.Applications;

/// <summary>The officers' side: the queue, review, eligibility override, four-eyes approval, rejection, the committee.</summary>
public static class DecisionEndpoints
{
    public static RouteGroupBuilder MapDecisionEndpoints(this RouteGroupBuilder applications) => applications;
}
