using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// <c>/api/v1/indicators</c>: analysts and administrators read the framework's figures (counts only, suppressed for
/// publication, never a person); administrators configure the framework; both write the narratives of the donor report.
/// </summary>
public static class IndicatorsApi
{
    public static RouteGroupBuilder MapIndicatorsApi(this RouteGroupBuilder api)
    {
        var indicators = api.MapGroup("/indicators").WithTags("Indicators").RequireAuthorization(Policies.Indicators);
        indicators.MapGet("/", GetIndicators.Handle)
            .WithSummary("The framework's values by quarter against targets (from, to: 2026-Q1; filters region, site, partner, programme); "
                + "with indicator, its breakdown by rows and columns (Sex, AgeBand, Nationality, LegalStatus, Region, Agency) in quarter. Suppressed for publication.");
        indicators.MapGet("/export.xlsx", ExportIndicators.Xlsx).WithSummary("The same view as an XLSX workbook (framework, breakdown, about), suppressed.");
        indicators.MapGet("/export.csv", ExportIndicators.Csv).WithSummary("The same view as CSV sections, suppressed.");
        indicators.MapGet("/iati.xml", ExportIndicators.Iati)
            .WithSummary("The framework's quarters (from, to) as an IATI 2.03 activity's results: targets, actuals, the last quarter by sex as dimensions.");
        indicators.MapPost("/refresh", RefreshIndicators.Handle).WithSummary("Compute the figures again now with what changed since the last time.");
        indicators.MapGet("/framework", GetFramework.Handle).WithSummary("The results framework as configured, in every language.");
        indicators.MapPost("/framework/results", CreateResult.Handle).RequireAuthorization(Policies.Administrator).WithSummary("Add a result.");
        indicators.MapPut("/framework/results/{id:guid}", UpdateResult.Handle).RequireAuthorization(Policies.Administrator)
            .WithSummary("Change a result; send the version read (409 when stale).");
        indicators.MapDelete("/framework/results/{id:guid}", DeleteResult.Handle).RequireAuthorization(Policies.Administrator)
            .WithSummary("Remove a result without indicators (409 otherwise).");
        indicators.MapPost("/framework/indicators", CreateIndicator.Handle).RequireAuthorization(Policies.Administrator)
            .WithSummary("Add an indicator under a result.");
        indicators.MapPut("/framework/indicators/{id:guid}", UpdateIndicator.Handle).RequireAuthorization(Policies.Administrator)
            .WithSummary("Change an indicator; send the version read (409 when stale).");
        indicators.MapDelete("/framework/indicators/{id:guid}", DeleteIndicator.Handle).RequireAuthorization(Policies.Administrator)
            .WithSummary("Remove an indicator.");
        indicators.MapPut("/framework/results/{id:guid}/narrative", SaveNarrative.Handle)
            .WithSummary("Write the narrative of a result for a quarter (quarter: 2026-Q3) for the donor report; version 0 for a new one.");
        return api;
    }
}
