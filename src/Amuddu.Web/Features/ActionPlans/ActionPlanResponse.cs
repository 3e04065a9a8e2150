namespace Amuddu.Web.Features.ActionPlans;

/// <summary>
/// A person's plan. Before a plan is started, <see cref="Id"/> is null and <see cref="Version"/> 0:
/// saving with version 0 creates it.
/// </summary>
public sealed record ActionPlanResponse(
    Guid? Id, string? Goal, ActionPlanStatus Status, DateOnly? AgreedOn, AgreementMethod? AgreementMethod, Guid? AgreementRecordedBy,
    DateTimeOffset? CreatedAt, long Version, IReadOnlyList<StepResponse> Steps)
{
    public static ActionPlanResponse None { get; } = new(null, null, ActionPlanStatus.Draft, null, null, null, null, 0, []);

    public static ActionPlanResponse From(ActionPlan plan, IEnumerable<ActionPlanStep> steps, DateOnly today) => new(
        plan.Id, plan.Goal, plan.Status, plan.AgreedOn, plan.AgreementMethod, plan.AgreementRecordedBy, plan.CreatedAt, plan.Version,
        [.. steps.OrderBy(s => s.DueOn).ThenBy(s => s.CreatedAt).Select(s => StepResponse.From(s, today))]);
}

/// <summary><see cref="Owner"/> is "person" for the person themself, else the staff member's id.</summary>
public sealed record StepResponse(
    Guid Id, StepKind Kind, string Title, string? Detail, string Owner, DateOnly DueOn, StepStatus Status, DateOnly? CompletedOn,
    bool Overdue, long Version)
{
    public static StepResponse From(ActionPlanStep s, DateOnly today) => new(
        s.Id, s.Kind, s.Title, s.Detail, StepOwner.Of(s.OwnerUserId), s.DueOn, s.Status, s.CompletedOn, s.IsOverdueOn(today), s.Version);
}
