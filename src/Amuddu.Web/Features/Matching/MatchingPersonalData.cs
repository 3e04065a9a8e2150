using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Matching;

/// <summary>
/// The match profile is derived from the positioning and documents: exported as what matching reads of the person,
/// removed at erasure (the file is closed, so no profile is rebuilt), and it has no timeline of its own.
/// </summary>
public sealed class MatchingPersonalData(AmudduDbContext db) : IPersonalDataSection
{
    public string Name => "matching";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        // Always the section, empty for someone never positioned: the export shows every area it looked into.
        var profile = await db.MatchProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        return new { profile?.RightToWorkUntil, Profile = profile?.Data, profile?.UpdatedAt };
    }

    public Task EraseAsync(Guid personId, CancellationToken cancellationToken) =>
        db.MatchProfiles.Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TimelineEntry>>([]);
}
