namespace Amuddu.Web.Features.Indicators;

public sealed record IndicatorDefinitionResponse(
    Guid Id, Guid ResultId, string Code, string NameFr, string? NameAr, string? NameEn,
    string? DefinitionFr, string? DefinitionAr, string? DefinitionEn, IndicatorUnit Unit, IndicatorMeasure Measure,
    IndicatorMeasure? DenominatorMeasure, PeriodRule Rule, decimal? Baseline, int? BaselineYear,
    IReadOnlyList<YearTargetView> Targets, int Order, long Version)
{
    public static IndicatorDefinitionResponse From(Indicator i) => new(
        i.Id, i.ResultAreaId, i.Code, i.NameFr, i.NameAr, i.NameEn, i.DefinitionFr, i.DefinitionAr, i.DefinitionEn, i.Unit, i.Measure,
        i.DenominatorMeasure, i.Rule, i.Baseline, i.BaselineYear, [.. i.Targets.Select(t => new YearTargetView(t.Year, t.Value))], i.Order, i.Version);
}

public sealed record ResultResponse(
    Guid Id, string Code, string TitleFr, string? TitleAr, string? TitleEn, int Order, string StartQuarter, long Version,
    IReadOnlyList<IndicatorDefinitionResponse> Indicators)
{
    public static ResultResponse From(ResultArea r, IEnumerable<Indicator> indicators) => new(
        r.Id, r.Code, r.TitleFr, r.TitleAr, r.TitleEn, r.Order, Quarter.FromKey(r.StartQuarter).ToString(), r.Version,
        [.. indicators.Where(i => i.ResultAreaId == r.Id).OrderBy(i => i.Order).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Select(IndicatorDefinitionResponse.From)]);
}

/// <summary>The framework as configured (definitions in every language), for its administrators.</summary>
public sealed record FrameworkResponse(IReadOnlyList<ResultResponse> Results);
