using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// The best post-test score of a participant in a module: what the completion rule reads. MERGE (issue 15): the
/// cycles part declares the same hook for its TrainingCompletion; keep one interface and this implementation.
/// </summary>
public interface IPostTestScores
{
    /// <summary>The best post-test percent, or null when the participant has not taken the module's post-test.</summary>
    Task<int?> BestPostTestPercentAsync(Guid participantId, Guid moduleId, CancellationToken cancellationToken);
}

/// <summary>Reads the attempts table.</summary>
public sealed class AttemptPostTestScores(AmudduDbContext db) : IPostTestScores
{
    public Task<int?> BestPostTestPercentAsync(Guid participantId, Guid moduleId, CancellationToken cancellationToken) =>
        db.TestAttempts.Where(a => a.ParticipantId == participantId && a.ModuleId == moduleId && a.Test == TestKind.Post)
            .MaxAsync(a => (int?)a.Percent, cancellationToken);
}
