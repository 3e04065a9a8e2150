using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// The post-test scores <see cref="TrainingCompletion"/> reads, from the attempts table: null when the module has no
/// post-test, 0 when it has one the participant has not taken, else the best attempt.
/// </summary>
public sealed class AttemptPostTestScores : IPostTestScores
{
    public async Task<int?> BestPostTestPercentAsync(AmudduDbContext db, Guid participantId, Guid moduleId, CancellationToken cancellationToken)
    {
        if (!await db.TestQuestions.AnyAsync(q => q.ModuleId == moduleId && q.Test == TestKind.Post, cancellationToken))
        {
            return null;
        }

        return await db.TestAttempts.Where(a => a.ParticipantId == participantId && a.ModuleId == moduleId && a.Test == TestKind.Post)
            .MaxAsync(a => (int?)a.Percent, cancellationToken) ?? 0;
    }
}
