using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Programmes;

/// <summary>
/// The only code that changes a programme's committed total. Each change is one conditional UPDATE, which
/// the database applies atomically: two officers approving at the same moment cannot both pass the check
/// on a stale total, so the committed total never exceeds the budget. Call it inside the transaction that
/// records the approval (or the release), so that both happen or neither does.
/// </summary>
public static class BudgetLedger
{
    /// <summary>
    /// Commits <paramref name="centimes"/> against the programme, and against the region's line when the
    /// budget is split by region (a region without a line then has no budget). False when it does not fit.
    /// </summary>
    public static async Task<bool> CommitAsync(AmudduDbContext db, Guid programmeId, string regionCode, long centimes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(centimes);
        var split = await db.ProgrammeBudgetLines.AnyAsync(l => l.ProgrammeId == programmeId, cancellationToken);
        if (split)
        {
            var line = await db.ProgrammeBudgetLines
                .Where(l => l.ProgrammeId == programmeId && l.RegionCode == regionCode && l.CommittedCentimes + centimes <= l.BudgetCentimes)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.CommittedCentimes, l => l.CommittedCentimes + centimes), cancellationToken);
            if (line == 0)
            {
                return false;
            }
        }

        var total = await db.Programmes
            .Where(p => p.Id == programmeId && p.CommittedCentimes + centimes <= p.BudgetCentimes)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.CommittedCentimes, p => p.CommittedCentimes + centimes), cancellationToken);
        // A region line with room left but a full programme: the caller's transaction rolls the line back.
        return total == 1;
    }

    /// <summary>Gives back what an application will no longer use (cancelled, suspended for good, completed under its amount).</summary>
    public static async Task ReleaseAsync(AmudduDbContext db, Guid programmeId, string regionCode, long centimes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(centimes);
        await db.ProgrammeBudgetLines
            .Where(l => l.ProgrammeId == programmeId && l.RegionCode == regionCode)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.CommittedCentimes, l => l.CommittedCentimes - centimes), cancellationToken);
        await db.Programmes
            .Where(p => p.Id == programmeId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.CommittedCentimes, p => p.CommittedCentimes - centimes), cancellationToken);
    }
}
