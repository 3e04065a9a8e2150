using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// Who may do what with a cycle's tests, questionnaires and certificates, in one place: the training coordinators
/// (and administrators) of the organisation that runs the cycle, and the staff enrolled in it. Anything else is
/// answered "not found", the same as what does not exist.
/// </summary>
public static class TestAccess
{
    public static readonly string[] CoordinatorRoles = [Roles.TrainingCoordinator, Roles.Administrator];

    public static bool IsCoordinator(ICurrentStaff staff) => CoordinatorRoles.Any(staff.IsInRole);

    public static async Task<TrainingCycle?> CoordinatedCycleAsync(AmudduDbContext db, ICurrentStaff staff, Guid cycleId, CancellationToken cancellationToken) =>
        IsCoordinator(staff) && staff.OrganisationId is { } organisation
            ? await db.TrainingCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cycleId && c.OrganisationId == organisation, cancellationToken)
            : null;

    public static async Task<(TrainingCycle Cycle, TrainingModule Module)?> CoordinatedModuleAsync(
        AmudduDbContext db, ICurrentStaff staff, Guid moduleId, CancellationToken cancellationToken)
    {
        var module = await db.TrainingModules.AsNoTracking().SingleOrDefaultAsync(m => m.Id == moduleId, cancellationToken);
        var cycle = module is null ? null : await CoordinatedCycleAsync(db, staff, module.CycleId, cancellationToken);
        return cycle is null ? null : (cycle, module!);
    }

    /// <summary>The caller's seat in the cycle, when they hold one (enrolled, not waiting nor withdrawn).</summary>
    public static async Task<CycleParticipant?> EnrolmentAsync(AmudduDbContext db, ICurrentStaff staff, Guid cycleId, CancellationToken cancellationToken) =>
        staff.UserId is { } user
            ? await db.CycleParticipants.AsNoTracking()
                .SingleOrDefaultAsync(p => p.CycleId == cycleId && p.UserId == user && p.Status == ParticipantStatus.Enrolled, cancellationToken)
            : null;
}
