using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// Who sees and changes what of the training cycles, in one place. The coordinator of the organisation runs its cycles;
/// administrators and analysts read them; the organisation's other staff read its open and closed cycles (to follow
/// their own training and nominate the people they manage); a trainer of another organisation (an external trainer)
/// reads only the cycles they give a session of, and only those sessions. Anything else answers "not found".
/// </summary>
public static class TrainingAccess
{
    /// <summary>Who finds the cycles in the menu: those who run, read or teach them (the others reach the cycles they follow from their home).</summary>
    public static readonly string[] NavRoles = [Roles.TrainingCoordinator, Roles.Administrator, Roles.Analyst, Roles.ExternalTrainer];

    public static bool IsCoordinator(ICurrentStaff staff) => staff.IsInRole(Roles.TrainingCoordinator);

    /// <summary>Reads every cycle of the organisation, drafts included, and the coverage.</summary>
    public static bool ReadsAll(ICurrentStaff staff) =>
        staff.IsInRole(Roles.TrainingCoordinator) || staff.IsInRole(Roles.Administrator) || staff.IsInRole(Roles.Analyst);

    /// <summary>The cycles the caller may read.</summary>
    public static IQueryable<TrainingCycle> Cycles(AmudduDbContext db, ICurrentStaff staff)
    {
        var organisation = staff.OrganisationId ?? Guid.Empty;
        var me = staff.UserId ?? Guid.Empty;
        var taught = db.TrainingSessionTrainers.Where(t => t.TrainerId == me)
            .Join(db.TrainingSessions, t => t.SessionId, s => s.Id, (t, s) => s.CycleId);
        if (staff.IsInRole(Roles.ExternalTrainer))
        {
            return db.TrainingCycles.Where(c => taught.Contains(c.Id));
        }

        return ReadsAll(staff)
            ? db.TrainingCycles.Where(c => c.OrganisationId == organisation || taught.Contains(c.Id))
            : db.TrainingCycles.Where(c => (c.OrganisationId == organisation && c.Status != CycleStatus.Draft) || taught.Contains(c.Id));
    }

    /// <summary>Whether the caller sees the whole cycle (every session and participant) or only the sessions they give.</summary>
    public static bool SeesWholeCycle(TrainingCycle cycle, ICurrentStaff staff) =>
        cycle.OrganisationId == staff.OrganisationId && !staff.IsInRole(Roles.ExternalTrainer);

    /// <summary>The sessions of a cycle the caller may read.</summary>
    public static IQueryable<TrainingSession> Sessions(AmudduDbContext db, ICurrentStaff staff, TrainingCycle cycle)
    {
        var me = staff.UserId ?? Guid.Empty;
        var sessions = db.TrainingSessions.Where(s => s.CycleId == cycle.Id);
        return SeesWholeCycle(cycle, staff)
            ? sessions
            : sessions.Where(s => db.TrainingSessionTrainers.Any(t => t.SessionId == s.Id && t.TrainerId == me));
    }

    public static Task<TrainingCycle?> FindCycleAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken) =>
        Cycles(db, staff).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>A cycle the caller coordinates (for changes); null otherwise, whether it exists or not.</summary>
    public static Task<TrainingCycle?> FindManagedCycleAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken) =>
        IsCoordinator(staff)
            ? db.TrainingCycles.SingleOrDefaultAsync(c => c.Id == id && c.OrganisationId == staff.OrganisationId, cancellationToken)
            : Task.FromResult<TrainingCycle?>(null);

    /// <summary>A session the caller may read, with its cycle.</summary>
    public static async Task<(TrainingSession Session, TrainingCycle Cycle)?> FindSessionAsync(AmudduDbContext db, ICurrentStaff staff, Guid id,
        CancellationToken cancellationToken)
    {
        var session = await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var cycle = await FindCycleAsync(db, staff, session.CycleId, cancellationToken);
        if (cycle is null || !await Sessions(db, staff, cycle).AnyAsync(s => s.Id == id, cancellationToken))
        {
            return null;
        }

        return (session, cycle);
    }

    /// <summary>The coordinator of the cycle's organisation, or a trainer of the session (an external or a certified trainer).</summary>
    public static async Task<bool> MayRecordAttendanceAsync(AmudduDbContext db, ICurrentStaff staff, TrainingSession session, TrainingCycle cycle,
        CancellationToken cancellationToken) =>
        (IsCoordinator(staff) && cycle.OrganisationId == staff.OrganisationId)
        || await db.TrainingSessionTrainers.AnyAsync(t => t.SessionId == session.Id && t.TrainerId == staff.UserId, cancellationToken);

    /// <summary>The staff of the organisation the caller may nominate: everyone for the coordinator, their own reports for a manager.</summary>
    public static IQueryable<StaffUser> Nominable(AmudduDbContext db, ICurrentStaff staff, TrainingCycle cycle)
    {
        var users = db.Users.Where(u => u.OrganisationId == cycle.OrganisationId && u.IsActive);
        if (IsCoordinator(staff) && cycle.OrganisationId == staff.OrganisationId)
        {
            return users;
        }

        var me = staff.UserId ?? Guid.Empty;
        return cycle.OrganisationId == staff.OrganisationId && !staff.IsInRole(Roles.ExternalTrainer)
            ? users.Where(u => u.ManagerId == me)
            : users.Where(_ => false);
    }
}
