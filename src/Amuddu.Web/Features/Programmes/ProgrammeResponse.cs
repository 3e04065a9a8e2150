using Amuddu.Web.Features.Applications;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Programmes;

public sealed record TrancheStepResponse(int Number, TrancheCondition Condition, int Percent, int? Month);

public sealed record RuleResponse(EligibilityRuleKind Kind, IReadOnlyList<string> Values, int? Min, int? Max, DateOnly? Date, string Text);

public sealed record CriterionResponse(string Code, string Label, int MaxPoints);

public sealed record BudgetLineResponse(string RegionCode, decimal Budget, decimal Committed);

/// <summary>A programme as its organisation's staff read it; amounts in dirhams, each rule also in plain words.</summary>
public sealed record ProgrammeResponse(
    Guid Id, string Code, string Name, string? Description, ProgrammeKind Kind, ProgrammeStatus Status, string Funder,
    decimal Budget, decimal Committed, DateOnly StartsOn, DateOnly EndsOn, AmountPolicy AmountPolicy, decimal Amount, int? MaxMonths,
    IReadOnlyList<TrancheStepResponse> Tranches, TrancheCondition? MonthlyCondition, IReadOnlyList<int> RetentionCheckMonths,
    IReadOnlyList<RuleResponse> Rules, IReadOnlyList<ApplicationDocumentKind> RequiredDocuments, IReadOnlyList<CriterionResponse> ScoringGrid,
    int? PassMark, int DecisionDays, IReadOnlyList<BudgetLineResponse> BudgetLines, long Version)
{
    public static ProgrammeResponse From(Programme p, IEnumerable<ProgrammeBudgetLine> lines, IStringLocalizer text) => new(
        p.Id, p.Code, p.Name, p.Description, p.Kind, p.Status, p.Funder, Money.ToDirhams(p.BudgetCentimes), Money.ToDirhams(p.CommittedCentimes),
        p.StartsOn, p.EndsOn, p.AmountPolicy, Money.ToDirhams(p.AmountCentimes), p.MaxMonths,
        [.. p.Tranches.OrderBy(t => t.Number).Select(t => new TrancheStepResponse(t.Number, t.Condition, t.Percent, t.Month))],
        p.MonthlyCondition, p.RetentionCheckMonths, RulesOf(p, text), p.RequiredDocuments,
        [.. p.ScoringGrid.Select(c => new CriterionResponse(c.Code, c.Label, c.MaxPoints))], p.PassMark, p.DecisionDays,
        [.. lines.OrderBy(l => l.RegionCode, StringComparer.Ordinal).Select(l => new BudgetLineResponse(l.RegionCode, Money.ToDirhams(l.BudgetCentimes), Money.ToDirhams(l.CommittedCentimes)))],
        p.Version);

    internal static List<RuleResponse> RulesOf(Programme p, IStringLocalizer text) =>
        [.. p.Rules.Select(r => new RuleResponse(r.Kind, r.Values, r.Min, r.Max, r.Date, RuleText.Describe(r, text)))];
}

/// <summary>
/// An open hiring incentive as an employer reads it: what it pays, for which hires, and what to send;
/// nothing about its budget, its committed total or the organisation's other programmes.
/// </summary>
public sealed record EmployerProgrammeResponse(
    Guid Id, string Code, string Name, string? Description, string Funder, string RunBy, AmountPolicy AmountPolicy, decimal Amount, int? MaxMonths,
    DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string> Rules, IReadOnlyList<ApplicationDocumentKind> RequiredDocuments)
{
    public static EmployerProgrammeResponse From(Programme p, string runBy, IStringLocalizer text) => new(
        p.Id, p.Code, p.Name, p.Description, p.Funder, runBy, p.AmountPolicy, Money.ToDirhams(p.AmountCentimes), p.MaxMonths, p.StartsOn, p.EndsOn,
        [.. p.Rules.Select(r => RuleText.Describe(r, text))], p.RequiredDocuments);
}
