using System.Threading.Channels;
using Amuddu.Web.Data;

namespace Amuddu.Web.Features.Audit;

/// <summary>
/// Saves the audit entries that go with no change (<see cref="AuditLog.RecordAsync"/>: a file read, a denied
/// request) in groups: whatever entries are waiting when a save starts go in one transaction, so the organisation's
/// chain (<see cref="AuditChain"/>) is taken once for all of them rather than once each. With fifty staff opening
/// files at once, one entry a transaction queued every read behind the chain's lock for seconds; grouped, a read
/// waits for at most the save in progress and its own. Each caller still waits until its entry is committed, so
/// nothing is answered before its trace is kept. If a group fails, its entries are saved one by one, so that one
/// entry the database refuses fails only its own request.
/// </summary>
public sealed class AuditWriter : IAsyncDisposable
{
    /// <summary>At most this many entries in one transaction.</summary>
    public const int MaxGroup = 200;

    private sealed record Pending(AuditEvent Entry, TaskCompletionSource Saved);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly Task _loop;

    public AuditWriter(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues the entry and completes once it is committed (or fails with the save's exception).</summary>
    public Task WriteAsync(AuditEvent entry)
    {
        var pending = new Pending(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(AuditWriter));
        }

        return pending.Saved.Task;
    }

    private async Task RunAsync()
    {
        var group = new List<Pending>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
            }

            if (!await TrySaveAsync(group) && group.Count > 1)
            {
                foreach (var pending in group)
                {
                    await TrySaveAsync([pending]);
                }
            }
        }
    }

    /// <summary>Saves the group in one transaction; completes its callers when it is committed, and when it fails, only a caller alone.</summary>
    private async Task<bool> TrySaveAsync(List<Pending> group)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            db.AuditEvents.AddRange(group.Select(p => p.Entry));
            await db.SaveChangesAsync();
            foreach (var pending in group)
            {
                pending.Saved.TrySetResult();
            }

            return true;
        }
        catch (Exception e)
        {
            if (group.Count == 1)
            {
                group[0].Saved.TrySetException(e);
            }

            return false;
        }
    }

    /// <summary>Saves what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }
}
