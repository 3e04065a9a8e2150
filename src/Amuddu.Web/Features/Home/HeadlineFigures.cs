using Amuddu.Web.Data;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Home;

/// <summary>
/// The analyst's headline numbers for the month so far, the organisation's only and counts only (never a person):
/// people reached in outreach, people registered, referrals sent and the share of the open programmes' budget committed.
/// </summary>
public static class HeadlineFigures
{
    public sealed record Figures(DateOnly From, int Reached, int Registered, int ReferralsSent, long BudgetCentimes, long CommittedCentimes);

    public static async Task<Figures> LoadAsync(AmudduDbContext db, Guid organisationId, DateOnly today, CancellationToken cancellationToken)
    {
        var first = GetFunnel.FirstOfMonth(today);
        var start = SiteTime.StartOf(first);
        var reached = await db.OutreachActivities.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.Status == OutreachStatus.Done && a.PlannedAt >= start)
            .SumAsync(a => a.ReachedTotal, cancellationToken);
        var registered = await db.People.AsNoTracking()
            .CountAsync(p => p.OrganisationId == organisationId && p.CreatedAt >= start && p.MergedIntoId == null, cancellationToken);
        var referrals = await db.Referrals.AsNoTracking()
            .CountAsync(r => r.SenderOrganisationId == organisationId && r.SentAt >= start, cancellationToken);
        var budget = await db.Programmes.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.Status == ProgrammeStatus.Open)
            .GroupBy(p => 1).Select(g => new { Budget = g.Sum(p => p.BudgetCentimes), Committed = g.Sum(p => p.CommittedCentimes) })
            .SingleOrDefaultAsync(cancellationToken);
        return new Figures(first, reached, registered, referrals, budget?.Budget ?? 0, budget?.Committed ?? 0);
    }
}
