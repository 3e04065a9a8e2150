using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// The post-test scores completion reads: the participant's best post-test score of a module, in percent, or null when
/// the module has no post-test (<see cref="AttemptPostTestScores"/>; tests give their own).
/// </summary>
public interface IPostTestScores
{
    Task<int?> BestPostTestPercentAsync(AmudduDbContext db, Guid participantId, Guid moduleId, CancellationToken cancellationToken);
}

/// <summary>
/// Settles what a participant completed, from their attendance and their post-tests; called whenever either changes
/// (attendance recorded, a session's status changed, a post-test scored). It saves.
/// <list type="bullet">
/// <item>A module is complete when the participant was present at one of its held sessions (a catch-up included) and,
/// when the module has a post-test, reached the cycle's <see cref="TrainingCycle.MinPostTestPercent"/> in it. Its date
/// is the day of the first such session, kept once set.</item>
/// <item>The cycle is complete when every module has been held, the participant attended at least
/// <see cref="TrainingCycle.MinAttendancePercent"/> of the cycle's held sessions (a catch-up session attended makes up
/// for a session of the same module missed; excused absences do not count as attended), and passed every module's post-test.
/// Sessions given by certified participants (cascade) count like the experts'.</item>
/// </list>
/// </summary>
public static class TrainingCompletion
{
    public static async Task RecomputeAsync(AmudduDbContext db, IPostTestScores scores, Guid participantId, CancellationToken cancellationToken)
    {
        var participant = await db.CycleParticipants.SingleOrDefaultAsync(p => p.Id == participantId, cancellationToken);
        if (participant is null)
        {
            return;
        }

        var cycle = await db.TrainingCycles.AsNoTracking().SingleAsync(c => c.Id == participant.CycleId, cancellationToken);
        var modules = await db.TrainingModules.AsNoTracking().Where(m => m.CycleId == cycle.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        var held = await db.TrainingSessions.AsNoTracking().Where(s => s.CycleId == cycle.Id && s.Status == TrainingSessionStatus.Held)
            .ToListAsync(cancellationToken);
        var heldIds = held.Select(s => s.Id).ToList();
        var present = (await db.TrainingAttendance.AsNoTracking()
            .Where(a => a.ParticipantId == participantId && a.Status == AttendanceStatus.Present && heldIds.Contains(a.SessionId))
            .Select(a => a.SessionId).ToListAsync(cancellationToken)).ToHashSet();
        var existing = await db.ModuleCompletions.Where(c => c.ParticipantId == participantId).ToListAsync(cancellationToken);

        var regularHeld = 0;
        var attended = 0;
        var allModulesDone = modules.Count > 0;
        foreach (var moduleId in modules)
        {
            var sessions = held.Where(s => s.ModuleId == moduleId).ToList();
            var regular = sessions.Count(s => !s.IsCatchUp);
            var presentRegular = sessions.Count(s => !s.IsCatchUp && present.Contains(s.Id));
            var presentCatchUp = sessions.Count(s => s.IsCatchUp && present.Contains(s.Id));
            regularHeld += regular;
            attended += Math.Min(regular, presentRegular + presentCatchUp);
            allModulesDone &= sessions.Count > 0;

            var best = await scores.BestPostTestPercentAsync(db, participantId, moduleId, cancellationToken);
            var first = sessions.Where(s => present.Contains(s.Id)).OrderBy(s => s.StartsAt).FirstOrDefault();
            var passed = best is null || best >= cycle.MinPostTestPercent;
            allModulesDone &= passed;
            var row = existing.SingleOrDefault(c => c.ModuleId == moduleId);
            if (first is not null && passed && participant.Status != ParticipantStatus.WaitingList)
            {
                if (row is null)
                {
                    db.ModuleCompletions.Add(new ModuleCompletion
                    {
                        ParticipantId = participantId, ModuleId = moduleId, UserId = participant.UserId,
                        CompletedOn = DateOnly.FromDateTime(SiteTime.ToLocal(first.StartsAt)),
                    });
                }
            }
            else if (row is not null)
            {
                db.ModuleCompletions.Remove(row);
            }
        }

        var complete = allModulesDone && regularHeld > 0 && participant.Status == ParticipantStatus.Enrolled
            && attended * 100 >= cycle.MinAttendancePercent * regularHeld;
        if (!complete)
        {
            participant.CompletedAt = null;
        }
        else
        {
            participant.CompletedAt ??= held.Where(s => present.Contains(s.Id)).Select(s => s.StartsAt.AddMinutes(s.DurationMinutes))
                .DefaultIfEmpty(held.Max(s => s.StartsAt.AddMinutes(s.DurationMinutes))).Max();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
