using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.ActionPlans;

public static class ActionPlansApi
{
    public static RouteGroupBuilder MapActionPlansApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people/{personId:guid}/action-plan").WithTags("Action plans").RequireAuthorization(Policies.PeopleFiles);
        group.MapGet("/", GetActionPlan.Handle).WithSummary("The person's plan with its steps, overdue ones flagged; version 0 when not started.");
        group.MapPut("/", SaveActionPlan.Handle).WithSummary("Start (version 0) or change the plan: goal, status, the person's agreement.");
        group.MapPost("/steps", AddStep.Handle).WithSummary("Add a step; starts a draft plan when there is none.");
        group.MapPut("/steps/{stepId:guid}", UpdateStep.Handle).WithSummary("Change a step; done records the completion date.");
        return api;
    }
}
