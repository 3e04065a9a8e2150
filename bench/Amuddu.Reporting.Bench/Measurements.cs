using System.Globalization;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Features.Referrals.Network;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

/// <summary>What a measurement is given: a fresh context per run (as a request has), the generated world, the analyst.</summary>
internal sealed record BenchContext(AmudduDbContext Db, BenchWorld World, ICurrentStaff Analyst, TimeProvider Clock);

/// <summary>One timed thing: <see cref="Run"/> returns a number (rows, bytes, a count) printed beside the timing, to see it did work.</summary>
internal sealed record Measurement(string Name, Func<BenchContext, CancellationToken, Task<long>> Run);

/// <summary>
/// The measurements run against the generated databases, in this order, on each engine. To time another page or
/// export, add a line here: it gets a fresh <see cref="AmudduDbContext"/> per run, the generated organisation, its
/// programmes and an analyst of the organisation (which runs the network, so sees the whole network), and the
/// clock of the day the bench runs.
/// </summary>
internal static class Measurements
{
    public static readonly Measurement[] All =
    [
        new("outreach funnel, 24 months", async (c, ct) =>
        {
            var today = c.World.Today;
            var last = GetFunnel.FirstOfMonth(today);
            var f = await GetFunnel.LoadAsync(c.Db, c.World.OrganisationId, last.AddMonths(-23), last, null, null, ct);
            return f.Total.PreRegistered;
        }),
        new("outreach funnel, 24 months, one agency", async (c, ct) =>
        {
            var last = GetFunnel.FirstOfMonth(c.World.Today);
            var site = await c.Db.Sites.Where(s => s.OrganisationId == c.World.OrganisationId).OrderBy(s => s.Name).Select(s => s.Id).FirstAsync(ct);
            var f = await GetFunnel.LoadAsync(c.Db, c.World.OrganisationId, last.AddMonths(-23), last, site, null, ct);
            return f.Total.PreRegistered;
        }),
        new("network statistics, 12 months", (c, ct) => Network(c, 12, ct)),
        new("network statistics, 24 months", (c, ct) => Network(c, 24, ct)),
        new("network statistics CSV export, 12 months", async (c, ct) =>
        {
            var result = await ExportNetworkStatistics.Handle(new StatisticsReads(c.Db, StatisticsReplica.None), c.Analyst, c.Clock, new KeyTexts(), ct);
            return ((FileContentHttpResult)result.Result).FileContents.Length;
        }),
        new("programme dashboard (largest programme)", async (c, ct) =>
        {
            var programme = await c.Db.Programmes.AsNoTracking().SingleAsync(p => p.Id == c.World.ProgrammeIds[0], ct);
            var d = await GetProgrammeDashboard.LoadAsync(c.Db, programme, ct);
            return d.Beneficiaries;
        }),
        new("programme dashboard CSV export", async (c, ct) =>
        {
            var result = await ProgrammeDashboardCsv.Handle(c.World.ProgrammeIds[0], new StatisticsReads(c.Db, StatisticsReplica.None), c.Analyst, ct);
            return ((FileContentHttpResult)result.Result).FileContents.Length;
        }),
        new("indicators page: framework, 8 quarters", async (c, ct) =>
        {
            var view = await GetIndicators.LoadAsync(c.Db, c.World.OrganisationId, Request(c, null, Dimension.Sex, null), Publication, new KeyTexts(), Culture, ct);
            return view.Results.Sum(r => r.Indicators.Count);
        }),
        new("indicators page: people registered by sex x age band", (c, ct) => Breakdown(c, "R1.4", Dimension.Sex, Dimension.AgeBand, ct)),
        new("indicators page: people registered by nationality x region", (c, ct) => Breakdown(c, "R1.4", Dimension.Nationality, Dimension.Region, ct)),
        new("indicators page: placed in work by legal status x agency", (c, ct) => Breakdown(c, "R3.4", Dimension.LegalStatus, Dimension.Agency, ct)),
        new("indicators XLSX export (framework and a breakdown)", async (c, ct) =>
        {
            var view = await GetIndicators.LoadAsync(c.Db, c.World.OrganisationId, Request(c, await IndicatorAsync(c, "R1.4", ct), Dimension.Sex, Dimension.AgeBand),
                Publication, new KeyTexts(), Culture, ct);
            return IndicatorsXlsx.Write(view, new KeyTexts()).Length;
        }),
        new("indicators CSV export (framework and a breakdown)", async (c, ct) =>
        {
            var view = await GetIndicators.LoadAsync(c.Db, c.World.OrganisationId, Request(c, await IndicatorAsync(c, "R1.4", ct), Dimension.Nationality, Dimension.Region),
                Publication, new KeyTexts(), Culture, ct);
            return IndicatorsCsv.Write(view, new KeyTexts()).Length;
        }),
        new("indicators IATI export (16 indicators, each by sex)", async (c, ct) =>
        {
            var view = await GetIndicators.LoadAsync(c.Db, c.World.OrganisationId, Request(c, null, Dimension.Sex, null), Publication, new KeyTexts(), Culture, ct);
            return (await ExportIndicators.IatiAsync(c.Db, c.World.OrganisationId, view, new IndicatorOptions(), new KeyTexts(), c.Clock, ct)).Length;
        }),
        new("indicators page filtered on one agency, registered by sex x age band", async (c, ct) =>
        {
            var site = await c.Db.Sites.Where(s => s.OrganisationId == c.World.OrganisationId).OrderBy(s => s.Name).Select(s => s.Id).FirstAsync(ct);
            var request = Request(c, await IndicatorAsync(c, "R1.4", ct), Dimension.Sex, Dimension.AgeBand) with { Filter = new IndicatorFilter(SiteId: site) };
            var view = await GetIndicators.LoadAsync(c.Db, c.World.OrganisationId, request, Publication, new KeyTexts(), Culture, ct);
            return view.Results.Sum(r => r.Indicators.Count);
        }),
    ];

    private static Publication Publication => GetIndicators.Of(new IndicatorOptions());
    private static CultureInfo Culture => CultureInfo.GetCultureInfo("fr-FR");

    private static IndicatorRequest Request(BenchContext c, Guid? indicator, Dimension rows, Dimension? columns)
    {
        var to = Quarter.Of(c.World.Today);
        var from = to.Plus(-7);
        return new IndicatorRequest(from, to, new IndicatorFilter(), indicator, rows, columns, to.Previous);
    }

    private static Task<Guid> IndicatorAsync(BenchContext c, string code, CancellationToken ct) =>
        c.Db.Indicators.Where(i => i.OrganisationId == c.World.OrganisationId && i.Code == code).Select(i => i.Id).SingleAsync(ct);

    private static async Task<long> Breakdown(BenchContext c, string code, Dimension rows, Dimension columns, CancellationToken ct)
    {
        var request = Request(c, await IndicatorAsync(c, code, ct), rows, columns);
        var breakdown = await GetIndicators.LoadBreakdownAsync(c.Db, c.World.OrganisationId, request, Publication, new KeyTexts(), Culture, ct);
        return breakdown!.RowCategories.Count * Math.Max(1, breakdown.ColumnCategories.Count);
    }

    private static async Task<long> Network(BenchContext c, int months, CancellationToken ct)
    {
        var s = await GetNetworkStatistics.LoadAsync(c.Db, c.Analyst, c.World.Today.AddMonths(-months).AddDays(1), c.World.Today, c.World.Today, ct);
        return s.Sent;
    }
}

/// <summary>The organisation's analyst: an indicator role, at the platform operator, so the whole network.</summary>
internal sealed class BenchAnalyst(Guid organisationId, Guid userId) : ICurrentStaff
{
    public Guid? UserId => userId;
    public Guid? OrganisationId => organisationId;
    public Guid? SiteId => null;
    public bool IsInRole(string role) => role == Roles.Analyst;
}

/// <summary>Texts as their keys (the resources are the app's, not needed to time a query).</summary>
internal sealed class KeyTexts : IStringLocalizer<SharedResource>
{
    public LocalizedString this[string name] => new(name, name);
    public LocalizedString this[string name, params object[] arguments] => new(name, name + " " + string.Join(", ", arguments));
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
