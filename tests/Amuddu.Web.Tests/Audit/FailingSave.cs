using Amuddu.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Amuddu.Web.Tests.Audit;

/// <summary>
/// Fails a save that carries an audit entry of the given action, after its statements ran and before its
/// transaction commits: what a lost connection, a constraint or a killed process looks like to the app.
/// </summary>
public sealed class FailingSave(string action, Func<Exception> failure) : SaveChangesInterceptor
{
    private DbContext? _doomed;

    public bool Armed { get; set; } = true;

    public int Failures { get; private set; }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Armed && eventData.Context!.ChangeTracker.Entries<AuditEvent>().Any(e => e.State == EntityState.Added && e.Entity.Action == action))
        {
            _doomed = eventData.Context;
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (ReferenceEquals(_doomed, eventData.Context))
        {
            _doomed = null;
            Failures++;
            throw failure();
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
