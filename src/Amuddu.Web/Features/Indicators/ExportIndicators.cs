using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// A view of the indicators as a file that leaves the organisation (XLSX, CSV, IATI 2.03 results), with the same
/// suppression as the page; served under /api/v1/indicators and, for the pages, as page downloads with the session.
/// Each export is audited: figures leave, never a person.
/// </summary>
public static class ExportIndicators
{
    public const string Exported = "indicators.exported";

    public static Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> Xlsx(
        AmudduDbContext db, StatisticsReads statistics, ICurrentStaff staff, TimeProvider clock, IOptions<IndicatorOptions> options, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken, string? from = null, string? to = null, string? region = null,
        Guid? site = null, Guid? partner = null, Guid? programme = null, Guid? indicator = null, string? rows = null, string? columns = null,
        string? quarter = null) =>
        ExportAsync("xlsx", db, statistics.Db, staff, clock, options.Value, audit, text, new Query(from, to, region, site, partner, programme, indicator, rows, columns, quarter),
            async (view, names) => TypedResults.File(IndicatorsXlsx.Write(view, text, names), IndicatorsXlsx.ContentType, IndicatorsXlsx.FileName(view)),
            cancellationToken);

    public static Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> Csv(
        AmudduDbContext db, StatisticsReads statistics, ICurrentStaff staff, TimeProvider clock, IOptions<IndicatorOptions> options, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken, string? from = null, string? to = null, string? region = null,
        Guid? site = null, Guid? partner = null, Guid? programme = null, Guid? indicator = null, string? rows = null, string? columns = null,
        string? quarter = null) =>
        ExportAsync("csv", db, statistics.Db, staff, clock, options.Value, audit, text, new Query(from, to, region, site, partner, programme, indicator, rows, columns, quarter),
            async (view, names) => TypedResults.File(IndicatorsCsv.Write(view, text, names), IndicatorsCsv.ContentType, IndicatorsCsv.FileName(view)),
            cancellationToken);

    /// <summary>
    /// The framework as an IATI 2.03 activity's results: every quarter's value against its year's target, and the last
    /// quarter's actuals by sex as dimensions.
    /// </summary>
    public static Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> Iati(
        AmudduDbContext db, StatisticsReads statistics, ICurrentStaff staff, TimeProvider clock, IOptions<IndicatorOptions> options, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken, string? from = null, string? to = null, string? region = null,
        Guid? site = null, Guid? partner = null, Guid? programme = null) =>
        ExportAsync("iati", db, statistics.Db, staff, clock, options.Value, audit, text, new Query(from, to, region, site, partner, programme, null, null, null, null),
            async (view, _) => TypedResults.File(
                await IatiAsync(statistics.Db, staff.OrganisationId!.Value, view, options.Value, text, clock, cancellationToken), IatiResults.ContentType, IatiResults.FileName(view)),
            cancellationToken);

    /// <summary>The IATI file of a view already read: each indicator's last quarter broken down by sex for the dimensions.</summary>
    public static async Task<byte[]> IatiAsync(
        AmudduDbContext db, Guid organisationId, IndicatorsView view, IndicatorOptions options, IStringLocalizer text, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, cancellationToken);
        var results = await db.ResultAreas.AsNoTracking().Where(r => r.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var publication = GetIndicators.Of(options);
        var starts = results.ToDictionary(r => r.Id, r => Quarter.FromKey(r.StartQuarter));
        var bySex = new List<Breakdown>();
        foreach (var indicator in indicators)
        {
            var request = new IndicatorRequest(view.From, view.To, view.Filter, indicator.Id, Dimension.Sex, null, view.To);
            bySex.Add(await GetIndicators.BreakdownAsync(
                db, organisationId, request, indicator, starts[indicator.ResultAreaId], publication, text, CultureInfo.CurrentUICulture, cancellationToken));
        }

        var reference = options.IatiOrganisationRef ?? $"XI-AMUDDU-{organisation.Acronym ?? organisation.Id.ToString("N")[..8]}";
        var activity = new IatiActivity(
            $"{reference}-RESULTS", organisation.Name, text["IndicatorExports.IatiTitle", organisation.Name], text["IndicatorExports.IatiDescription"],
            OrganisationRef: reference);
        return IatiResults.Write(view, activity, text, clock.GetUtcNow(), IatiTranslations.From(results, indicators), bySex);
    }

    private sealed record Query(
        string? From, string? To, string? Region, Guid? Site, Guid? Partner, Guid? Programme, Guid? Indicator, string? Rows, string? Columns, string? Quarter);

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> ExportAsync(
        string format, AmudduDbContext db, AmudduDbContext reads, ICurrentStaff staff, TimeProvider clock, IndicatorOptions options, AuditLog audit,
        IStringLocalizer<SharedResource> text, Query q, Func<IndicatorsView, ExportFilterNames, Task<FileContentHttpResult>> write,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        var request = IndicatorRequest.Read(q.From, q.To, q.Region, q.Site, q.Partner, q.Programme, q.Indicator, q.Rows, q.Columns, q.Quarter,
            SiteTime.Today(clock), errors, text);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var organisationId = staff.OrganisationId!.Value;
        var culture = CultureInfo.CurrentUICulture;
        var view = await GetIndicators.LoadAsync(reads, organisationId, request, GetIndicators.Of(options), text, culture, cancellationToken);
        if (request.IndicatorId is not null && view.Breakdown is null)
        {
            return TypedResults.NotFound();
        }

        var filter = request.Filter;
        var names = new ExportFilterNames(
            filter.RegionCode is { } region
                ? (await reads.ReferenceItems.AsNoTracking().FirstOrDefaultAsync(r => r.Kind == ReferenceData.ReferenceKind.Region && r.Code == region, cancellationToken))?.NameIn(culture)
                : null,
            filter.SiteId is { } site ? await reads.Sites.AsNoTracking().Where(s => s.Id == site).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) : null,
            filter.PartnerId is { } partner ? await reads.Organisations.AsNoTracking().Where(o => o.Id == partner).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) : null,
            filter.ProgrammeId is { } programme ? await reads.Programmes.AsNoTracking().Where(p => p.Id == programme).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) : null);
        var file = await write(view, names);
        audit.Add(db, Exported, staff.UserId, organisationId, "indicators", $"{format} {request.Query()}");
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }
}
