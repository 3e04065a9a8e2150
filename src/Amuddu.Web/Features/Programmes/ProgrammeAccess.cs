using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Programmes;

/// <summary>
/// A programme exists for the staff of its organisation; employers see only the open hiring incentives (of
/// any organisation), to apply for them. For anyone else a programme is "not found", like a missing one.
/// </summary>
public static class ProgrammeAccess
{
    public static bool IsEmployer(ICurrentStaff staff) => staff.IsInRole(Roles.EmployerUser);

    public static IQueryable<Programme> Visible(AmudduDbContext db, ICurrentStaff staff) => IsEmployer(staff)
        ? db.Programmes.Where(p => p.Kind == ProgrammeKind.HiringIncentive && p.Status == ProgrammeStatus.Open)
        : db.Programmes.Where(p => p.OrganisationId == staff.OrganisationId);

    /// <summary>The organisation's own programme, tracked, for a change (employers change none).</summary>
    public static Task<Programme?> FindOwnAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken) =>
        db.Programmes.SingleOrDefaultAsync(p => p.Id == id && p.OrganisationId == staff.OrganisationId, cancellationToken);

    public static Task<List<ProgrammeBudgetLine>> LinesAsync(AmudduDbContext db, Guid programmeId, CancellationToken cancellationToken) =>
        db.ProgrammeBudgetLines.Where(l => l.ProgrammeId == programmeId).ToListAsync(cancellationToken);
}
