namespace Amuddu.Web.Features.ActionPlans;

public static class ActionPlanAudit
{
    public const string PlanSaved = "action-plan.saved";
    public const string AgreementRecorded = "action-plan.agreement-recorded";
    public const string StepAdded = "action-plan.step-added";
    public const string StepUpdated = "action-plan.step-updated";
}
