using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Programmes;

/// <summary>Money of a programme or of one region's line, in dirhams. Remaining is what approvals can still commit.</summary>
public sealed record DashboardFigures(decimal Budget, decimal Committed, decimal Paid, decimal OrderedNotPaid, decimal Remaining);

public sealed record DashboardRegion(string RegionCode, DashboardFigures Figures);

public sealed record DashboardCount(string Key, int Count);

/// <summary>
/// Where a programme's money stands and whom it reached: counts only, never a person. Beneficiaries are the
/// funded applications (approved, contracted, in payment, completed), by the person's sex, nationality, legal
/// status today and the application's region.
/// </summary>
public sealed record ProgrammeDashboard(
    Guid ProgrammeId, string Code, DashboardFigures Totals, IReadOnlyList<DashboardRegion> Regions, IReadOnlyList<DashboardCount> ByStatus,
    int Beneficiaries, IReadOnlyList<DashboardCount> BySex, IReadOnlyList<DashboardCount> ByNationality, IReadOnlyList<DashboardCount> ByLegalStatus,
    IReadOnlyList<DashboardCount> ByRegion)
{
    /// <summary>When the applications were last counted (the statistics refresh); null before the first count. The money is as it stands.</summary>
    public DateTimeOffset? CountedAt { get; init; }
}

public static class GetProgrammeDashboard
{
    /// <summary>The legal-status key of beneficiaries with no valid document giving one.</summary>
    public const string NoStatus = "NONE";

    private static readonly ApplicationStatus[] Funded =
        [ApplicationStatus.Approved, ApplicationStatus.Contracted, ApplicationStatus.InPayment, ApplicationStatus.Completed];

    public static async Task<Results<Ok<ProgrammeDashboard>, NotFound>> Handle(
        Guid id, StatisticsReads statistics, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var db = statistics.Db;
        var programme = await db.Programmes.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id && p.OrganisationId == staff.OrganisationId, cancellationToken);
        if (programme is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await LoadAsync(db, programme, cancellationToken));
    }

    public static async Task<ProgrammeDashboard> LoadAsync(AmudduDbContext db, Programme programme, CancellationToken cancellationToken)
    {
        var id = programme.Id;
        var lines = await db.ProgrammeBudgetLines.AsNoTracking().Where(l => l.ProgrammeId == id).ToListAsync(cancellationToken);
        var payments = await db.PaymentOrders.Where(o => o.ProgrammeId == id)
            .Join(db.Applications, o => o.ApplicationId, a => a.Id, (o, a) => new { o.Status, o.AmountCentimes, a.RegionCode })
            .GroupBy(x => new { x.RegionCode, x.Status })
            .Select(g => new { g.Key.RegionCode, g.Key.Status, Sum = g.Sum(x => x.AmountCentimes) })
            .ToListAsync(cancellationToken);

        DashboardFigures Figures(long budget, long committed, string? region)
        {
            var of = payments.Where(p => region is null || p.RegionCode == region).ToList();
            var paid = of.Where(p => p.Status == PaymentStatus.Paid).Sum(p => p.Sum);
            var ordered = of.Where(p => p.Status is PaymentStatus.Ordered or PaymentStatus.Exported).Sum(p => p.Sum);
            return new(Money.ToDirhams(budget), Money.ToDirhams(committed), Money.ToDirhams(paid), Money.ToDirhams(ordered), Money.ToDirhams(budget - committed));
        }

        // Whom it reached, from the programme's sums (kept by the statistics refresh, every few minutes): a few hundred
        // cells of status, sex, nationality, region and the rank of the person's strongest valid evidence of a legal status.
        var cells = await db.ProgrammeCells.AsNoTracking().Where(c => c.ProgrammeId == id).ToListAsync(cancellationToken);
        var byStatus = cells.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Sum(c => c.Applications) }).ToList();
        var funded = cells.Where(c => Funded.Contains(c.Status)).ToList();
        var bySex = funded.GroupBy(c => c.Sex).Select(g => new { g.Key, Count = g.Sum(c => c.Applications) }).ToList();
        var byNationality = funded.GroupBy(c => c.NationalityCode).Select(g => new { g.Key, Count = g.Sum(c => c.Applications) }).ToList();
        var byRegion = funded.GroupBy(c => c.RegionCode).Select(g => new { g.Key, Count = g.Sum(c => c.Applications) }).ToList();
        var beneficiaries = byRegion.Sum(r => r.Count);
        var countedAt = await IndicatorFacts.CountedAtAsync(db, programme.OrganisationId, cancellationToken);

        // Today's legal status is the strongest valid document's: one count per status, in the order of the statuses.
        var byLegalStatus = new List<DashboardCount>();
        foreach (var status in LegalStatus.KnownStatuses)
        {
            var count = funded.Where(c => c.EvidenceRank != ProgrammeFact.NoEvidence && LegalStatus.StatusOfStrength(c.EvidenceRank) == status)
                .Sum(c => c.Applications);
            if (count > 0)
            {
                byLegalStatus.Add(new(status, count));
            }
        }

        if (beneficiaries - byLegalStatus.Sum(c => c.Count) is > 0 and var none)
        {
            byLegalStatus.Add(new(NoStatus, none));
        }

        return new ProgrammeDashboard(
            id, programme.Code, Figures(programme.BudgetCentimes, programme.CommittedCentimes, null),
            [.. lines.OrderBy(l => l.RegionCode, StringComparer.Ordinal).Select(l => new DashboardRegion(l.RegionCode, Figures(l.BudgetCentimes, l.CommittedCentimes, l.RegionCode)))],
            [.. byStatus.OrderBy(s => s.Key).Select(s => new DashboardCount(s.Key.ToString(), s.Count))],
            beneficiaries,
            [.. bySex.OrderBy(s => s.Key).Select(s => new DashboardCount(s.Key.ToString(), s.Count))],
            [.. byNationality.OrderByDescending(s => s.Count).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => new DashboardCount(s.Key, s.Count))],
            byLegalStatus,
            [.. byRegion.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new DashboardCount(s.Key, s.Count))])
        {
            CountedAt = countedAt,
        };
    }
}
