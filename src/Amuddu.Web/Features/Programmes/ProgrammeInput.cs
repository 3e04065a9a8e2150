using System.Text.RegularExpressions;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Programmes;

public sealed record TrancheInput(TrancheCondition? Condition, int? Percent, int? Month);

public sealed record RuleInput(EligibilityRuleKind? Kind, string[]? Values, int? Min, int? Max, DateOnly? Date);

public sealed record CriterionInput(string? Code, string? Label, int? MaxPoints);

/// <summary>What an administrator types about a programme, when creating it and again when changing it. Amounts in dirhams.</summary>
public sealed partial record ProgrammeInput(
    string? Code,
    string? Name,
    string? Description,
    ProgrammeKind? Kind,
    string? Funder,
    decimal? Budget,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    AmountPolicy? AmountPolicy,
    decimal? Amount,
    int? MaxMonths,
    TrancheInput[]? Tranches,
    TrancheCondition? MonthlyCondition,
    int[]? RetentionCheckMonths,
    RuleInput[]? Rules,
    ApplicationDocumentKind[]? RequiredDocuments,
    CriterionInput[]? ScoringGrid,
    int? PassMark,
    int? DecisionDays)
{
    public const int MaxTranches = 6;
    public const int MaxMonthsLimit = 60;

    /// <summary>Conditions a monthly grant can be paid on, month after month.</summary>
    public static readonly TrancheCondition[] MonthlyConditions = [TrancheCondition.AttendanceConfirmed, TrancheCondition.EmploymentConfirmed];

    /// <summary>Rules about the employer and the hire, which only a hiring incentive has.</summary>
    public static readonly EligibilityRuleKind[] EmployerRules =
        [EligibilityRuleKind.CompanyCreatedAfter, EligibilityRuleKind.MaxIncentiveHires, EligibilityRuleKind.PermanentContract];

    /// <summary>
    /// Checks every field, naming each wrong one with the request's JSON name ("rules[1].values"). On a change,
    /// <paramref name="existing"/> is the programme as stored: its budget may not fall below what is committed.
    /// </summary>
    public async Task<ValidationErrors> ValidateAsync(AmudduDbContext db, Programme? existing, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .Required("code", Code, "Programmes.Code")
            .MaxLength("code", Code?.Trim(), 32, "Programmes.Code")
            .Required("name", Name, "Programmes.Name")
            .MaxLength("name", Name?.Trim(), 200, "Programmes.Name")
            .MaxLength("description", Description?.Trim(), 2000, "Programmes.Description")
            .Required("funder", Funder, "Programmes.Funder")
            .MaxLength("funder", Funder?.Trim(), 200, "Programmes.Funder");

        if (!string.IsNullOrWhiteSpace(Code))
        {
            var code = Code.Trim().ToUpperInvariant();
            if (!CodePattern().IsMatch(code))
            {
                errors.Add("code", text["Programmes.CodeInvalid"]);
            }
            else if (await db.Programmes.AnyAsync(p => p.Code == code && (existing == null || p.Id != existing.Id), cancellationToken))
            {
                errors.Add("code", text["Programmes.CodeTaken"]);
            }
        }

        if (Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", text["FieldRequired", text["Programmes.Kind"]]);
        }
        else if (existing is not null && existing.Kind != kind
            && await db.Applications.AnyAsync(a => a.ProgrammeId == existing.Id, cancellationToken))
        {
            errors.Add("kind", text["Programmes.KindFixed"]);
        }

        var budget = errors.Centimes("budget", Budget, "Programmes.Budget");
        if (budget is { } b && existing is not null && b < existing.CommittedCentimes)
        {
            errors.Add("budget", text["Programmes.BudgetBelowCommitted", Money.Format(existing.CommittedCentimes)]);
        }

        if (StartsOn is null)
        {
            errors.Add("startsOn", text["FieldRequired", text["Programmes.StartsOn"]]);
        }

        if (EndsOn is null)
        {
            errors.Add("endsOn", text["FieldRequired", text["Programmes.EndsOn"]]);
        }
        else if (StartsOn is { } starts && EndsOn <= starts)
        {
            errors.Add("endsOn", text["Programmes.PeriodReversed"]);
        }

        var amount = errors.Centimes("amount", Amount, "Programmes.Amount");
        CheckPolicy(errors, amount, budget, text);
        await CheckRulesAsync(errors, db, text, cancellationToken);

        if (RequiredDocuments?.Any(d => !Enum.IsDefined(d)) == true)
        {
            errors.Add("requiredDocuments", text["FieldNotAllowed", text["Programmes.RequiredDocuments"]]);
        }

        CheckGrid(errors, text);
        if (DecisionDays is { } days && (days < 1 || days > 180))
        {
            errors.Add("decisionDays", text["FieldBetween", text["Programmes.DecisionDays"], 1, 180]);
        }

        return errors;
    }

    /// <summary>Copies the (validated) values onto the programme; the status and the committed total are not the form's.</summary>
    public void ApplyTo(Programme programme)
    {
        programme.Code = Code!.Trim().ToUpperInvariant();
        programme.Name = Name!.Trim();
        programme.Description = FreeText.Clean(Description);
        programme.Kind = Kind!.Value;
        programme.Funder = Funder!.Trim();
        programme.BudgetCentimes = Money.ToCentimes(Budget!.Value)!.Value;
        programme.StartsOn = StartsOn!.Value;
        programme.EndsOn = EndsOn!.Value;
        programme.AmountPolicy = AmountPolicy!.Value;
        programme.AmountCentimes = Money.ToCentimes(Amount!.Value)!.Value;
        var monthly = AmountPolicy == Programmes.AmountPolicy.Monthly;
        programme.MaxMonths = monthly ? MaxMonths : null;
        programme.MonthlyCondition = monthly ? MonthlyCondition : null;
        programme.RetentionCheckMonths = monthly ? [.. (RetentionCheckMonths ?? []).Distinct().Order()] : [];
        programme.Tranches = monthly
            ? []
            : [.. (Tranches ?? []).Select((t, i) => new TrancheStep { Number = i + 1, Condition = t.Condition!.Value, Percent = t.Percent!.Value, Month = t.Month is 0 ? null : t.Month })];
        programme.Rules = [.. (Rules ?? []).Select(r => new EligibilityRule
        {
            Kind = r.Kind!.Value,
            Values = RuleParameters.TakesValues(r.Kind.Value) ? [.. (r.Values ?? []).Select(v => v.Trim()).Distinct(StringComparer.Ordinal)] : [],
            Min = RuleParameters.TakesMin(r.Kind.Value) ? r.Min : null,
            Max = RuleParameters.TakesMax(r.Kind.Value) ? r.Max : null,
            Date = r.Kind == EligibilityRuleKind.CompanyCreatedAfter ? r.Date : null,
        }).OrderBy(r => r.Kind)];
        programme.RequiredDocuments = [.. (RequiredDocuments ?? []).Distinct().Order()];
        var selfEmployment = Kind == ProgrammeKind.SelfEmploymentGrant;
        programme.ScoringGrid = selfEmployment
            ? [.. (ScoringGrid ?? []).Select(c => new ScoringCriterion { Code = c.Code!.Trim(), Label = c.Label!.Trim(), MaxPoints = c.MaxPoints!.Value })]
            : [];
        programme.PassMark = selfEmployment ? PassMark : null;
        programme.DecisionDays = DecisionDays ?? 15;
    }

    private void CheckPolicy(ValidationErrors errors, long? amount, long? budget, IStringLocalizer<SharedResource> text)
    {
        if (AmountPolicy is not { } policy || !Enum.IsDefined(policy))
        {
            errors.Add("amountPolicy", text["FieldRequired", text["Programmes.AmountPolicy"]]);
            return;
        }

        var tranches = Tranches ?? [];
        var retention = RetentionCheckMonths ?? [];
        switch (policy)
        {
            case Programmes.AmountPolicy.Fixed or Programmes.AmountPolicy.Ceiling:
                if (amount is { } a && budget is { } b && a > b)
                {
                    errors.Add("amount", text["Programmes.AmountOverBudget"]);
                }

                if (MonthlyCondition is not null)
                {
                    errors.Add("monthlyCondition", text["Programmes.OnlyMonthly", text["Programmes.MonthlyCondition"]]);
                }

                if (MaxMonths is not null)
                {
                    errors.Add("maxMonths", text["Programmes.OnlyMonthly", text["Programmes.MaxMonths"]]);
                }

                if (retention.Length > 0)
                {
                    errors.Add("retentionCheckMonths", text["Programmes.OnlyMonthly", text["Programmes.RetentionCheckMonths"]]);
                }

                CheckTranches(errors, tranches, text);
                break;
            case Programmes.AmountPolicy.Monthly:
                if (tranches.Length > 0)
                {
                    errors.Add("tranches", text["Programmes.NoTranchesWhenMonthly"]);
                }

                if (MaxMonths is not { } months)
                {
                    errors.Add("maxMonths", text["FieldRequired", text["Programmes.MaxMonths"]]);
                }
                else if (months < 1 || months > MaxMonthsLimit)
                {
                    errors.Add("maxMonths", text["FieldBetween", text["Programmes.MaxMonths"], 1, MaxMonthsLimit]);
                }
                else
                {
                    if (amount is { } perMonth && budget is { } total && perMonth * months > total)
                    {
                        errors.Add("amount", text["Programmes.AmountOverBudget"]);
                    }

                    if (retention.Any(m => m < 1 || m > months) || retention.Distinct().Count() != retention.Length)
                    {
                        errors.Add("retentionCheckMonths", text["Programmes.RetentionMonthsInvalid", months]);
                    }
                }

                if (MonthlyCondition is not { } condition || !MonthlyConditions.Contains(condition))
                {
                    errors.Add("monthlyCondition", text["Programmes.MonthlyConditionRequired"]);
                }

                break;
        }
    }

    private static void CheckTranches(ValidationErrors errors, TrancheInput[] tranches, IStringLocalizer<SharedResource> text)
    {
        if (tranches.Length is 0 or > MaxTranches)
        {
            errors.Add("tranches", text["Programmes.TranchesCount", MaxTranches]);
            return;
        }

        var valid = true;
        for (var i = 0; i < tranches.Length; i++)
        {
            var t = tranches[i];
            if (t.Condition is not { } condition || !Enum.IsDefined(condition))
            {
                errors.Add($"tranches[{i}].condition", text["FieldRequired", text["Programmes.TrancheCondition"]]);
                valid = false;
            }

            if (t.Percent is not { } percent || percent < 1 || percent > 100)
            {
                errors.Add($"tranches[{i}].percent", text["FieldBetween", text["Programmes.TranchePercent"], 1, 100]);
                valid = false;
            }

            if (t.Month is { } month && (month < 0 || month > MaxMonthsLimit))
            {
                errors.Add($"tranches[{i}].month", text["FieldBetween", text["Programmes.TrancheMonth"], 0, MaxMonthsLimit]);
                valid = false;
            }
        }

        if (!valid)
        {
            return;
        }

        if (tranches.Sum(t => t.Percent!.Value) != 100)
        {
            errors.Add("tranches", text["Programmes.PercentsNot100", tranches.Sum(t => t.Percent!.Value)]);
        }

        var months = tranches.Select(t => t.Month ?? 0).ToList();
        if (months.Zip(months.Skip(1)).Any(p => p.Second < p.First))
        {
            errors.Add("tranches", text["Programmes.MonthsNotAscending"]);
        }
    }

    private async Task CheckRulesAsync(ValidationErrors errors, AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var rules = Rules ?? [];
        var regions = await db.ReferenceItems.Where(r => r.Kind == ReferenceKind.Region && r.IsActive).Select(r => r.Code).ToListAsync(cancellationToken);
        var seen = new HashSet<EligibilityRuleKind>();
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            var field = $"rules[{i}]";
            if (rule.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                errors.Add($"{field}.kind", text["FieldNotAllowed", text["Programmes.RuleKind"]]);
                continue;
            }

            var label = text[$"Eligibility.Rule.{kind}"];
            if (!seen.Add(kind))
            {
                errors.Add($"{field}.kind", text["Programmes.RuleTwice", label]);
                continue;
            }

            if (EmployerRules.Contains(kind) && Kind is { } programmeKind && programmeKind != ProgrammeKind.HiringIncentive)
            {
                errors.Add($"{field}.kind", text["Programmes.RuleOnlyHiring", label]);
            }

            var values = (rule.Values ?? []).Select(v => v?.Trim() ?? "").ToList();
            switch (kind)
            {
                case EligibilityRuleKind.LegalStatus:
                    Values(values, LegalStatus.KnownStatuses.ToList());
                    break;
                case EligibilityRuleKind.Region:
                    Values(values, regions);
                    break;
                case EligibilityRuleKind.DiplomaLevel:
                    Values(values, Enum.GetNames<EducationLevel>());
                    break;
                case EligibilityRuleKind.RegisteredForMonths:
                    Number(rule.Min, "min", 1, 120, required: true);
                    break;
                case EligibilityRuleKind.AgeRange:
                    if (rule.Min is null && rule.Max is null)
                    {
                        errors.Add($"{field}.min", text["Programmes.AgeBoundRequired"]);
                    }

                    Number(rule.Min, "min", 14, 99, required: false);
                    Number(rule.Max, "max", 14, 99, required: false);
                    if (rule.Min is { } min && rule.Max is { } max && min > max)
                    {
                        errors.Add($"{field}.max", text["Programmes.MinOverMax"]);
                    }

                    break;
                case EligibilityRuleKind.CompanyCreatedAfter:
                    if (rule.Date is not { } date)
                    {
                        errors.Add($"{field}.date", text["FieldRequired", text["Programmes.RuleDate"]]);
                    }
                    else if (date.Year < 1900 || (EndsOn is { } ends && date > ends))
                    {
                        errors.Add($"{field}.date", text["Programmes.RuleDateInvalid"]);
                    }

                    break;
                case EligibilityRuleKind.MaxIncentiveHires:
                    Number(rule.Max, "max", 1, 1000, required: true);
                    break;
                case EligibilityRuleKind.RightToWork or EligibilityRuleKind.NotAlreadyFunded or EligibilityRuleKind.PermanentContract:
                    break;
            }

            void Values(List<string> typed, IReadOnlyCollection<string> known)
            {
                if (typed.Count == 0)
                {
                    errors.Add($"{field}.values", text["Programmes.RuleValuesRequired", label]);
                }
                else if (typed.Any(v => !known.Contains(v)))
                {
                    errors.Add($"{field}.values", text["Programmes.RuleValueUnknown", label, string.Join(", ", typed.Where(v => !known.Contains(v)))]);
                }
            }

            void Number(int? value, string name, int min, int max, bool required)
            {
                var numberLabel = text[name == "min" ? "Programmes.RuleMin" : "Programmes.RuleMax"];
                if (value is null)
                {
                    if (required)
                    {
                        errors.Add($"{field}.{name}", text["FieldRequired", numberLabel]);
                    }
                }
                else if (value < min || value > max)
                {
                    errors.Add($"{field}.{name}", text["FieldBetween", numberLabel, min, max]);
                }
            }
        }
    }

    private void CheckGrid(ValidationErrors errors, IStringLocalizer<SharedResource> text)
    {
        var grid = ScoringGrid ?? [];
        if (Kind != ProgrammeKind.SelfEmploymentGrant)
        {
            if (grid.Length > 0)
            {
                errors.Add("scoringGrid", text["Programmes.GridOnlySelfEmployment"]);
            }

            if (PassMark is not null)
            {
                errors.Add("passMark", text["Programmes.GridOnlySelfEmployment"]);
            }

            return;
        }

        if (grid.Length == 0)
        {
            errors.Add("scoringGrid", text["Programmes.GridRequired"]);
        }

        var valid = true;
        for (var i = 0; i < grid.Length; i++)
        {
            var c = grid[i];
            var field = $"scoringGrid[{i}]";
            if (string.IsNullOrWhiteSpace(c.Code) || c.Code.Trim().Length > 32)
            {
                errors.Add($"{field}.code", text["FieldRequired", text["Programmes.CriterionCode"]]);
                valid = false;
            }

            if (string.IsNullOrWhiteSpace(c.Label) || c.Label.Trim().Length > 200)
            {
                errors.Add($"{field}.label", text["FieldRequired", text["Programmes.CriterionLabel"]]);
                valid = false;
            }

            if (c.MaxPoints is not { } points || points < 1 || points > 100)
            {
                errors.Add($"{field}.maxPoints", text["FieldBetween", text["Programmes.CriterionMaxPoints"], 1, 100]);
                valid = false;
            }
        }

        if (grid.Select(c => c.Code?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != grid.Length)
        {
            errors.Add("scoringGrid", text["Programmes.CriterionCodesTwice"]);
            valid = false;
        }

        if (PassMark is not { } passMark)
        {
            errors.Add("passMark", text["FieldRequired", text["Programmes.PassMark"]]);
        }
        else if (valid && grid.Length > 0 && (passMark < 1 || passMark > grid.Sum(c => c.MaxPoints!.Value)))
        {
            errors.Add("passMark", text["Programmes.PassMarkOverGrid", grid.Sum(c => c.MaxPoints!.Value)]);
        }
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex CodePattern();
}

/// <summary>Which parameters each kind of rule takes (the form shows only those).</summary>
public static class RuleParameters
{
    public static bool TakesValues(EligibilityRuleKind kind) =>
        kind is EligibilityRuleKind.LegalStatus or EligibilityRuleKind.Region or EligibilityRuleKind.DiplomaLevel;

    public static bool TakesMin(EligibilityRuleKind kind) => kind is EligibilityRuleKind.RegisteredForMonths or EligibilityRuleKind.AgeRange;

    public static bool TakesMax(EligibilityRuleKind kind) => kind is EligibilityRuleKind.AgeRange or EligibilityRuleKind.MaxIncentiveHires;
}
