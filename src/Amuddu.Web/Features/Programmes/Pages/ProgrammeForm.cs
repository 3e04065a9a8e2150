using System.Globalization;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Programmes.Pages;

/// <summary>
/// The programme form as typed: numbers and dates kept as text so that a mistake comes back as it was typed.
/// Rules are one row per kind (a box to tick and its parameters), tranches and grid lines numbered rows.
/// Read from the posted fields by name, for rows and repeated boxes are more than the form binder reads.
/// </summary>
public sealed class ProgrammeForm
{
    public const int TrancheRows = ProgrammeInput.MaxTranches;
    public const int CriterionRows = 8;

    public sealed class RuleRow
    {
        public bool On { get; set; }
        public List<string> Values { get; set; } = [];
        public string? Min { get; set; }
        public string? Max { get; set; }
        public string? Date { get; set; }
    }

    public sealed record Row(string? A, string? B, string? C)
    {
        public bool IsEmpty => string.IsNullOrWhiteSpace(A) && string.IsNullOrWhiteSpace(B) && string.IsNullOrWhiteSpace(C);
    }

    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Kind { get; set; }
    public string? Funder { get; set; }
    public string? Budget { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public string? AmountPolicy { get; set; }
    public string? Amount { get; set; }
    public string? MaxMonths { get; set; }
    public string? MonthlyCondition { get; set; }
    public string? RetentionCheckMonths { get; set; }
    public string? PassMark { get; set; }
    public string? DecisionDays { get; set; }
    public List<string> RequiredDocuments { get; set; } = [];
    public Dictionary<EligibilityRuleKind, RuleRow> Rules { get; set; } = Enum.GetValues<EligibilityRuleKind>().ToDictionary(k => k, _ => new RuleRow());

    /// <summary>Condition, percent, month.</summary>
    public Row[] Tranches { get; set; } = [.. Enumerable.Repeat(new Row(null, null, null), TrancheRows)];

    /// <summary>Code, label, maximum points.</summary>
    public Row[] Criteria { get; set; } = [.. Enumerable.Repeat(new Row(null, null, null), CriterionRows)];
    public long Version { get; set; }

    /// <summary>Where each posted row went in the request, so that "tranches[1].percent" finds its row again.</summary>
    public List<int> TrancheIndex { get; } = [];
    public List<EligibilityRuleKind> RuleIndex { get; } = [];
    public List<int> CriterionIndex { get; } = [];

    public static ProgrammeForm Read(IFormCollection form)
    {
        string? One(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
        var model = new ProgrammeForm
        {
            Code = One("Code"), Name = One("Name"), Description = One("Description"), Kind = One("Kind"), Funder = One("Funder"),
            Budget = One("Budget"), StartsOn = One("StartsOn"), EndsOn = One("EndsOn"), AmountPolicy = One("AmountPolicy"), Amount = One("Amount"),
            MaxMonths = One("MaxMonths"), MonthlyCondition = One("MonthlyCondition"), RetentionCheckMonths = One("RetentionCheckMonths"),
            PassMark = One("PassMark"), DecisionDays = One("DecisionDays"),
            RequiredDocuments = [.. form["RequiredDocuments"].OfType<string>()],
            Version = long.TryParse(One("Version"), CultureInfo.InvariantCulture, out var version) ? version : -1,
        };
        foreach (var kind in Enum.GetValues<EligibilityRuleKind>())
        {
            model.Rules[kind] = new RuleRow
            {
                On = One($"Rule.{kind}.On") == "true",
                Values = [.. form[$"Rule.{kind}.Values"].OfType<string>()],
                Min = One($"Rule.{kind}.Min"), Max = One($"Rule.{kind}.Max"), Date = One($"Rule.{kind}.Date"),
            };
        }

        model.Tranches = [.. Enumerable.Range(0, TrancheRows).Select(i => new Row(One($"Tranche{i}.Condition"), One($"Tranche{i}.Percent"), One($"Tranche{i}.Month")))];
        model.Criteria = [.. Enumerable.Range(0, CriterionRows).Select(i => new Row(One($"Criterion{i}.Code"), One($"Criterion{i}.Label"), One($"Criterion{i}.MaxPoints")))];
        return model;
    }

    public static ProgrammeForm From(ProgrammeResponse p)
    {
        var model = new ProgrammeForm
        {
            Code = p.Code, Name = p.Name, Description = p.Description, Kind = p.Kind.ToString(), Funder = p.Funder, Budget = Dirhams(p.Budget),
            StartsOn = Text(p.StartsOn), EndsOn = Text(p.EndsOn), AmountPolicy = p.AmountPolicy.ToString(), Amount = Dirhams(p.Amount),
            MaxMonths = Text(p.MaxMonths), MonthlyCondition = p.MonthlyCondition?.ToString(),
            RetentionCheckMonths = string.Join(", ", p.RetentionCheckMonths), PassMark = Text(p.PassMark), DecisionDays = Text(p.DecisionDays),
            RequiredDocuments = [.. p.RequiredDocuments.Select(d => d.ToString())], Version = p.Version,
        };
        foreach (var rule in p.Rules)
        {
            model.Rules[rule.Kind] = new RuleRow { On = true, Values = [.. rule.Values], Min = Text(rule.Min), Max = Text(rule.Max), Date = Text(rule.Date) };
        }

        for (var i = 0; i < p.Tranches.Count && i < TrancheRows; i++)
        {
            model.Tranches[i] = new Row(p.Tranches[i].Condition.ToString(), Text(p.Tranches[i].Percent), Text(p.Tranches[i].Month));
        }

        for (var i = 0; i < p.ScoringGrid.Count && i < CriterionRows; i++)
        {
            model.Criteria[i] = new Row(p.ScoringGrid[i].Code, p.ScoringGrid[i].Label, Text(p.ScoringGrid[i].MaxPoints));
        }

        return model;
    }

    /// <summary>What the handlers take, or the fields that could not even be read (a word where a number goes).</summary>
    public (ProgrammeInput? Input, ValidationErrors Errors) ToInput(IStringLocalizer<SharedResource> text)
    {
        var errors = new ValidationErrors(text);
        var kind = Choice<ProgrammeKind>(errors, "kind", Kind, "Programmes.Kind", text);
        var policy = Choice<Programmes.AmountPolicy>(errors, "amountPolicy", AmountPolicy, "Programmes.AmountPolicy", text);
        var monthly = Choice<TrancheCondition>(errors, "monthlyCondition", MonthlyCondition, "Programmes.MonthlyCondition", text);
        var budget = Dirhams(errors, "budget", Budget, "Programmes.Budget", text);
        var amount = Dirhams(errors, "amount", Amount, "Programmes.Amount", text);
        var starts = Date(errors, "startsOn", StartsOn, "Programmes.StartsOn", text);
        var ends = Date(errors, "endsOn", EndsOn, "Programmes.EndsOn", text);
        var maxMonths = Whole(errors, "maxMonths", MaxMonths, "Programmes.MaxMonths", text);
        var passMark = Whole(errors, "passMark", PassMark, "Programmes.PassMark", text);
        var decisionDays = Whole(errors, "decisionDays", DecisionDays, "Programmes.DecisionDays", text);
        var retention = new List<int>();
        foreach (var part in (RetentionCheckMonths ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(part, CultureInfo.InvariantCulture, out var month))
            {
                retention.Add(month);
            }
            else
            {
                errors.Add("retentionCheckMonths", text["Programmes.WholeNumbers", text["Programmes.RetentionCheckMonths"]]);
                break;
            }
        }

        var documents = new List<ApplicationDocumentKind>();
        foreach (var d in RequiredDocuments)
        {
            if (Enum.TryParse<ApplicationDocumentKind>(d, out var document) && Enum.IsDefined(document))
            {
                documents.Add(document);
            }
            else
            {
                errors.Add("requiredDocuments", text["FieldNotAllowed", text["Programmes.RequiredDocuments"]]);
            }
        }

        var rules = new List<RuleInput>();
        RuleIndex.Clear();
        foreach (var (ruleKind, row) in Rules.Where(r => r.Value.On))
        {
            var field = $"rules[{rules.Count}]";
            rules.Add(new RuleInput(ruleKind, [.. row.Values], Whole(errors, $"{field}.min", row.Min, "Programmes.RuleMin", text),
                Whole(errors, $"{field}.max", row.Max, "Programmes.RuleMax", text), Date(errors, $"{field}.date", row.Date, "Programmes.RuleDate", text)));
            RuleIndex.Add(ruleKind);
        }

        var tranches = new List<TrancheInput>();
        TrancheIndex.Clear();
        for (var i = 0; i < Tranches.Length; i++)
        {
            var row = Tranches[i];
            if (row.IsEmpty)
            {
                continue;
            }

            var field = $"tranches[{tranches.Count}]";
            tranches.Add(new TrancheInput(Choice<TrancheCondition>(errors, $"{field}.condition", row.A, "Programmes.TrancheCondition", text),
                Whole(errors, $"{field}.percent", row.B, "Programmes.TranchePercent", text), Whole(errors, $"{field}.month", row.C, "Programmes.TrancheMonth", text)));
            TrancheIndex.Add(i);
        }

        var criteria = new List<CriterionInput>();
        CriterionIndex.Clear();
        for (var i = 0; i < Criteria.Length; i++)
        {
            var row = Criteria[i];
            if (row.IsEmpty)
            {
                continue;
            }

            criteria.Add(new CriterionInput(row.A, row.B, Whole(errors, $"scoringGrid[{criteria.Count}].maxPoints", row.C, "Programmes.CriterionMaxPoints", text)));
            CriterionIndex.Add(i);
        }

        if (!errors.IsValid)
        {
            return (null, errors);
        }

        return (new ProgrammeInput(Code, Name, Description, kind, Funder, budget, starts, ends, policy, amount, maxMonths, [.. tranches], monthly,
            [.. retention], [.. rules], [.. documents], [.. criteria], passMark, decisionDays), errors);
    }

    /// <summary>The error keys of the request that belong to the form's row <paramref name="row"/> of a list ("tranches", "scoringGrid").</summary>
    public static string Key(string list, List<int> index, int row, string field) =>
        index.IndexOf(row) is >= 0 and var at ? $"{list}[{at}].{field}" : $"{list}[-].{field}";

    public string RuleKey(EligibilityRuleKind kind, string field) =>
        RuleIndex.IndexOf(kind) is >= 0 and var at ? $"rules[{at}].{field}" : $"rules[-].{field}";

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Dirhams(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string? Text(DateOnly? value) => FormDates.Display(value);

    private static T? Choice<T>(ValidationErrors errors, string field, string? value, string label, IStringLocalizer<SharedResource> text) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<T>(value.Trim(), out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(value.Trim()[0]))
        {
            return parsed;
        }

        errors.Add(field, text["FieldNotAllowed", text[label]]);
        return null;
    }

    private static decimal? Dirhams(ValidationErrors errors, string field, string? value, string label, IStringLocalizer<SharedResource> text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // People type "12 500,50" as often as "12500.50".
        var cleaned = value.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace(',', '.');
        if (decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dirhams))
        {
            return dirhams;
        }

        errors.Add(field, text["Money.Invalid", text[label]]);
        return null;
    }

    private static int? Whole(ValidationErrors errors, string field, string? value, string label, IStringLocalizer<SharedResource> text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(field, text["Programmes.WholeNumber", text[label]]);
        return null;
    }

    private static DateOnly? Date(ValidationErrors errors, string field, string? value, string label, IStringLocalizer<SharedResource> text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (FormDates.TryParse(value, out var date))
        {
            return date;
        }

        errors.Add(field, FormDates.NotADate(text, label, value));
        return null;
    }
}
