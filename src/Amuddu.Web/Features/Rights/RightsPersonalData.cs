using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Rights;

/// <summary>
/// The merges a file took part in and its erasure, for the export and the timeline. These records hold
/// file ids, reasons and dates only; the staff member's note on an erasure names no one.
/// </summary>
public sealed class RightsPersonalData(AmudduDbContext db, IStringLocalizer<SharedResource> text) : IPersonalDataSection
{
    public sealed record ErasureExport(ErasureReason Reason, DateTimeOffset ErasedAt);

    public sealed record Export(IReadOnlyList<MergeResponse> Merges, IReadOnlyList<ErasureExport> Erasures);

    public string Name => "merges";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken) => new Export(
        await ListMerges.LoadAsync(db, personId, cancellationToken),
        await db.ErasureRecords.AsNoTracking().Where(e => e.ErasedPersonId == personId)
            .Select(e => new ErasureExport(e.Reason, e.ErasedAt)).ToListAsync(cancellationToken));

    /// <summary>Nothing to blank: a merge lists file ids and table rows, and the erasure being made is recorded after this runs.</summary>
    public Task EraseAsync(Guid personId, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var merges = await db.PersonMerges.AsNoTracking().Where(m => m.SurvivorId == personId || m.DuplicateId == personId)
            .ToListAsync(cancellationToken);
        var ids = merges.SelectMany(m => new[] { m.SurvivorId, m.DuplicateId }).Distinct().ToList();
        var numbers = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FileNumber, cancellationToken);
        var erasures = await db.ErasureRecords.AsNoTracking().Where(e => e.ErasedPersonId == personId).ToListAsync(cancellationToken);
        var area = text["Rights.Area"].Value;
        var entries = new List<TimelineEntry>();
        foreach (var m in merges)
        {
            var survivor = m.SurvivorId == personId;
            var other = numbers[survivor ? m.DuplicateId : m.SurvivorId];
            entries.Add(new TimelineEntry(m.MergedAt, area, text[survivor ? "Rights.Timeline.MergedHere" : "Rights.Timeline.MergedInto"], other, m.MergedBy));
            if (m.UndoneAt is { } undone)
            {
                entries.Add(new TimelineEntry(undone, area, text["Rights.Timeline.MergeUndone"], other, m.UndoneBy));
            }
        }

        entries.AddRange(erasures.Select(e => new TimelineEntry(e.ErasedAt, area, text["Rights.Timeline.Erased"], text[$"Rights.ErasureReason.{e.Reason}"], e.ErasedBy)));
        return entries;
    }
}
