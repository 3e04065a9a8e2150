using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Rights;

/// <summary>Configuration section <c>Amuddu:Retention</c>.</summary>
public sealed class RetentionOptions
{
    /// <summary>A file without a consent to processing is a minimal record, kept this many days and no longer.</summary>
    public int MinimalRecordDays { get; set; } = 90;

    /// <summary>A file where nothing changed in any area for this many years is erased.</summary>
    public int InactiveYears { get; set; } = 5;
}

/// <summary>What a sweep found (and erased, unless it was a dry run).</summary>
public sealed record RetentionResult(int MinimalRecords, int Inactive, bool DryRun)
{
    public int Total => MinimalRecords + Inactive;
}

/// <summary>
/// Erases, with the reason "retention expired", the files kept past their retention period: minimal
/// records (no consent to processing for <see cref="RetentionOptions.MinimalRecordDays"/> days) and files
/// untouched in every area for <see cref="RetentionOptions.InactiveYears"/> years. Run by
/// <c>amuddu retention</c> from cron; never names anyone.
/// </summary>
public sealed class RetentionSweep(
    AmudduDbContext db, IServiceScopeFactory scopes, AuditLog audit, TimeProvider clock, IOptions<RetentionOptions> options)
{
    private const int Batch = 500;

    public async Task<RetentionResult> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var minimal = await MinimalRecordsAsync(now, cancellationToken);
        var inactive = (await InactiveAsync(now, cancellationToken)).Except(minimal).ToList();
        if (!dryRun)
        {
            // One purge for the whole sweep: rewriting the same tables after every file would be wasted work.
            var touched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var personId in minimal.Concat(inactive))
            {
                touched.UnionWith(await EraseAsync(personId, now, cancellationToken));
            }

            if (minimal.Count + inactive.Count > 0)
            {
                await ErasedDataPurge.PurgeAsync(db, touched);
            }
        }

        return new RetentionResult(minimal.Count, inactive.Count, dryRun);
    }

    /// <summary>Open files without a consent to processing at any time in the whole period (none in force, none given, none withdrawn in it).</summary>
    private Task<List<Guid>> MinimalRecordsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-options.Value.MinimalRecordDays);
        var sinceDay = DateOnly.FromDateTime(since.UtcDateTime);
        return db.People.AsNoTracking()
            .Where(p => p.ErasedAt == null && p.MergedIntoId == null && p.CreatedAt < since
                && !db.Consents.Any(c => c.PersonId == p.Id && c.Purpose == ConsentPurpose.Processing
                    && ((c.WithdrawnAt == null && (c.ExpiresOn == null || c.ExpiresOn >= sinceDay)) || c.WithdrawnAt > since || c.RecordedAt > since)))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Open files not updated since the cut-off, and with no row in any area dated after it.</summary>
    private async Task<List<Guid>> InactiveAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now.AddYears(-options.Value.InactiveYears);
        var candidates = await db.People.AsNoTracking()
            .Where(p => p.ErasedAt == null && p.MergedIntoId == null && p.UpdatedAt < since)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var types = PersonRows.Types(db.Model).ToList();
        var inactive = new List<Guid>();
        foreach (var chunk in candidates.Chunk(Batch))
        {
            var ids = chunk.Select(id => (Guid?)id).ToList();
            var active = new HashSet<Guid?>();
            foreach (var type in types)
            {
                active.UnionWith(await PersonRows.ActiveSinceAsync(db, type, ids, since, cancellationToken));
            }

            inactive.AddRange(chunk.Where(id => !active.Contains(id)));
        }

        return inactive;
    }

    private async Task<IReadOnlyList<string>> EraseAsync(Guid personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A scope per file: the sections' own tracking never grows with the size of the sweep.
        await using var scope = scopes.CreateAsyncScope();
        var scoped = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
        var person = await scoped.People.SingleAsync(p => p.Id == personId, cancellationToken);
        return await PersonErasure.EraseAsync(scoped, scope.ServiceProvider.GetServices<IPersonalDataSection>(), audit, person,
            ErasureReason.RetentionExpired, null, null, now, cancellationToken, purge: false);
    }
}
