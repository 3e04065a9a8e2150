using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// The cycle's completion rule, in one place for certificates: the participant attended at least
/// <see cref="TrainingCycle.MinAttendancePercent"/> of the cycle's held sessions (present; a catch-up session
/// attended makes up for one missed) and reached <see cref="TrainingCycle.MinPostTestPercent"/> in the post-test of
/// every module that has one. When met, <see cref="CycleParticipant.CompletedAt"/> is set; a certificate is issued to
/// those for whom it is set.
/// MERGE (issue 15): the cycles part owns completion (TrainingCompletion.RecomputeAsync, which also writes the
/// module completions); when it is there, <see cref="RecomputeAsync"/> should call it and this rule go.
/// </summary>
public static class CertificateCompletion
{
    public static async Task RecomputeAsync(
        AmudduDbContext db, IPostTestScores scores, Guid participantId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var participant = await db.CycleParticipants.SingleAsync(p => p.Id == participantId, cancellationToken);
        if (participant.CompletedAt is not null || participant.Status != ParticipantStatus.Enrolled)
        {
            return;
        }

        var cycle = await db.TrainingCycles.AsNoTracking().SingleAsync(c => c.Id == participant.CycleId, cancellationToken);
        if (await MeetsRuleAsync(db, scores, cycle, participant.Id, cancellationToken))
        {
            participant.CompletedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public static async Task<bool> MeetsRuleAsync(
        AmudduDbContext db, IPostTestScores scores, TrainingCycle cycle, Guid participantId, CancellationToken cancellationToken)
    {
        var held = await db.TrainingSessions.AsNoTracking()
            .Where(s => s.CycleId == cycle.Id && s.Status == TrainingSessionStatus.Held)
            .Select(s => new { s.Id, s.IsCatchUp }).ToListAsync(cancellationToken);
        var required = held.Count(s => !s.IsCatchUp);
        if (required == 0)
        {
            return false;
        }

        var heldIds = held.Select(s => s.Id).ToList();
        var present = await db.TrainingAttendance.AsNoTracking()
            .CountAsync(a => a.ParticipantId == participantId && heldIds.Contains(a.SessionId) && a.Status == AttendanceStatus.Present, cancellationToken);
        if (Math.Min(present, required) * 100 < cycle.MinAttendancePercent * required)
        {
            return false;
        }

        var testedModules = await db.TestQuestions.AsNoTracking()
            .Where(q => q.CycleId == cycle.Id && q.Test == TestKind.Post).Select(q => q.ModuleId).Distinct().ToListAsync(cancellationToken);
        foreach (var module in testedModules)
        {
            if (await scores.BestPostTestPercentAsync(participantId, module, cancellationToken) is not { } best || best < cycle.MinPostTestPercent)
            {
                return false;
            }
        }

        return true;
    }
}
