using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Indicators;

/// <summary>What an administrator types about a result of the framework.</summary>
public sealed record ResultInput(string? Code, string? TitleFr, string? TitleAr, string? TitleEn, int? Order, string? StartQuarter)
{
    public async Task<ValidationErrors> ValidateAsync(
        AmudduDbContext db, Guid organisationId, Guid? id, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .Required("code", Code, "Indicators.Code").MaxLength("code", Code?.Trim(), 16, "Indicators.Code")
            .Required("titleFr", TitleFr, "Indicators.TitleFr").MaxLength("titleFr", TitleFr, 300, "Indicators.TitleFr")
            .MaxLength("titleAr", TitleAr, 300, "Indicators.TitleAr").MaxLength("titleEn", TitleEn, 300, "Indicators.TitleEn");
        if (!Quarter.TryParse(StartQuarter, out _))
        {
            errors.Add("startQuarter", text["Indicators.QuarterInvalid", text["Indicators.StartQuarter"]]);
        }

        var code = Code?.Trim();
        if (!string.IsNullOrEmpty(code)
            && await db.ResultAreas.AnyAsync(r => r.OrganisationId == organisationId && r.Code == code && r.Id != id, cancellationToken))
        {
            errors.Add("code", text["Indicators.CodeTaken", code]);
        }

        return errors;
    }

    public void ApplyTo(ResultArea result)
    {
        result.Code = Code!.Trim();
        result.TitleFr = TitleFr!.Trim();
        result.TitleAr = FreeText.Clean(TitleAr);
        result.TitleEn = FreeText.Clean(TitleEn);
        result.Order = Order ?? 0;
        Quarter.TryParse(StartQuarter, out var start);
        result.StartQuarter = start.Key;
    }
}

public sealed record YearTargetInput(int? Year, decimal? Value);

/// <summary>What an administrator types about an indicator: its words in three languages, what it counts and its targets.</summary>
public sealed record IndicatorInput(
    Guid? ResultId, string? Code, string? NameFr, string? NameAr, string? NameEn,
    string? DefinitionFr, string? DefinitionAr, string? DefinitionEn,
    IndicatorUnit? Unit, IndicatorMeasure? Measure, IndicatorMeasure? DenominatorMeasure, PeriodRule? Rule,
    decimal? Baseline, int? BaselineYear, YearTargetInput[]? Targets, int? Order)
{
    public async Task<ValidationErrors> ValidateAsync(
        AmudduDbContext db, Guid organisationId, Guid? id, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .Required("code", Code, "Indicators.Code").MaxLength("code", Code?.Trim(), 16, "Indicators.Code")
            .Required("nameFr", NameFr, "Indicators.NameFr").MaxLength("nameFr", NameFr, 300, "Indicators.NameFr")
            .MaxLength("nameAr", NameAr, 300, "Indicators.NameAr").MaxLength("nameEn", NameEn, 300, "Indicators.NameEn")
            .MaxLength("definitionFr", DefinitionFr, 2000, "Indicators.DefinitionFr")
            .MaxLength("definitionAr", DefinitionAr, 2000, "Indicators.DefinitionAr")
            .MaxLength("definitionEn", DefinitionEn, 2000, "Indicators.DefinitionEn");
        if (ResultId is not { } resultId
            || !await db.ResultAreas.AnyAsync(r => r.Id == resultId && r.OrganisationId == organisationId, cancellationToken))
        {
            errors.Add("resultId", text["FieldRequired", text["Indicators.Result"]]);
        }

        if (Unit is null)
        {
            errors.Add("unit", text["FieldRequired", text["Indicators.UnitLabel"]]);
        }

        if (Measure is null)
        {
            errors.Add("measure", text["FieldRequired", text["Indicators.MeasureLabel"]]);
        }

        if (Rule is null)
        {
            errors.Add("rule", text["FieldRequired", text["Indicators.RuleLabel"]]);
        }

        if (Unit == IndicatorUnit.Percentage && DenominatorMeasure is null)
        {
            errors.Add("denominatorMeasure", text["Indicators.DenominatorRequired"]);
        }

        if (Unit != IndicatorUnit.Percentage && DenominatorMeasure is not null)
        {
            errors.Add("denominatorMeasure", text["Indicators.DenominatorOnlyForPercentage"]);
        }

        if (Baseline is < 0)
        {
            errors.Add("baseline", text["Indicators.NotNegative", text["Indicators.Baseline"]]);
        }

        if (BaselineYear is < 2000 or > 2100)
        {
            errors.Add("baselineYear", text["Indicators.YearInvalid"]);
        }

        var years = new HashSet<int>();
        foreach (var (target, i) in (Targets ?? []).Select((t, i) => (t, i)))
        {
            if (target?.Year is not (>= 2000 and <= 2100) || !years.Add(target.Year.Value))
            {
                errors.Add($"targets[{i}].year", text["Indicators.TargetYearInvalid"]);
            }

            if (target?.Value is not (>= 0))
            {
                errors.Add($"targets[{i}].value", text["Indicators.NotNegative", text["Indicators.Target"]]);
            }
            else if (Unit == IndicatorUnit.Percentage && target.Value > 100)
            {
                errors.Add($"targets[{i}].value", text["Indicators.PercentageOver100"]);
            }
        }

        var code = Code?.Trim();
        if (!string.IsNullOrEmpty(code)
            && await db.Indicators.AnyAsync(x => x.OrganisationId == organisationId && x.Code == code && x.Id != id, cancellationToken))
        {
            errors.Add("code", text["Indicators.CodeTaken", code]);
        }

        return errors;
    }

    public void ApplyTo(Indicator indicator)
    {
        indicator.ResultAreaId = ResultId!.Value;
        indicator.Code = Code!.Trim();
        indicator.NameFr = NameFr!.Trim();
        indicator.NameAr = FreeText.Clean(NameAr);
        indicator.NameEn = FreeText.Clean(NameEn);
        indicator.DefinitionFr = FreeText.Clean(DefinitionFr);
        indicator.DefinitionAr = FreeText.Clean(DefinitionAr);
        indicator.DefinitionEn = FreeText.Clean(DefinitionEn);
        indicator.Unit = Unit!.Value;
        indicator.Measure = Measure!.Value;
        indicator.DenominatorMeasure = DenominatorMeasure;
        indicator.Rule = Rule!.Value;
        indicator.Baseline = Baseline;
        indicator.BaselineYear = BaselineYear;
        indicator.Targets = [.. (Targets ?? []).OrderBy(t => t.Year).Select(t => new YearTarget { Year = t.Year!.Value, Value = t.Value!.Value })];
        indicator.Order = Order ?? 0;
    }
}
