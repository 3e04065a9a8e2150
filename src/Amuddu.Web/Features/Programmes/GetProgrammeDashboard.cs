using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
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
    IReadOnlyList<DashboardCount> ByRegion);

public static class GetProgrammeDashboard
{
    /// <summary>The legal-status key of beneficiaries with no valid document giving one.</summary>
    public const string NoStatus = "NONE";

    private static readonly ApplicationStatus[] Funded =
        [ApplicationStatus.Approved, ApplicationStatus.Contracted, ApplicationStatus.InPayment, ApplicationStatus.Completed];

    public static async Task<Results<Ok<ProgrammeDashboard>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id && p.OrganisationId == staff.OrganisationId, cancellationToken);
        if (programme is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await LoadAsync(db, programme, SiteTime.Today(clock), cancellationToken));
    }

    public static async Task<ProgrammeDashboard> LoadAsync(AmudduDbContext db, Programme programme, DateOnly today, CancellationToken cancellationToken)
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

        var applications = db.Applications.Where(a => a.ProgrammeId == id);
        var byStatus = await applications.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var funded = applications.Where(a => Funded.Contains(a.Status));
        // One grouped pass over the funded applications: the person's sex and nationality, the application's region and
        // the rank of the person's strongest valid evidence of a legal status (today's status, as LegalStatus.From
        // gives it); every table of beneficiaries is a sum over these few hundred cells.
        var evidence = LegalStatus.EvidenceDocuments.ToList();
        var strength = LegalStatus.Strength();
        var cells = await funded
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new
            {
                p.Sex,
                p.NationalityCode,
                a.RegionCode,
                Rank = db.IdentityDocuments
                    .Where(d => d.PersonId == p.Id && evidence.Contains(d.TypeCode) && (d.ExpiresOn == null || d.ExpiresOn >= today))
                    .Select(strength).Min(r => (int?)r),
            })
            .GroupBy(x => new { x.Sex, x.NationalityCode, x.RegionCode, x.Rank })
            .Select(g => new { g.Key.Sex, g.Key.NationalityCode, g.Key.RegionCode, g.Key.Rank, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var bySex = cells.GroupBy(c => c.Sex).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var byNationality = cells.GroupBy(c => c.NationalityCode).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var byRegion = cells.GroupBy(c => c.RegionCode).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var beneficiaries = byRegion.Sum(r => r.Count);

        // Today's legal status is the strongest valid document's: one count per status, in the order of the statuses.
        var byLegalStatus = new List<DashboardCount>();
        foreach (var status in LegalStatus.KnownStatuses)
        {
            var count = cells.Where(c => c.Rank is { } rank && LegalStatus.StatusOfStrength(rank) == status).Sum(c => c.Count);
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
            [.. byRegion.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new DashboardCount(s.Key, s.Count))]);
    }
}
