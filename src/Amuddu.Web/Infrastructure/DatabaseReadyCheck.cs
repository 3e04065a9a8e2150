using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// Ready when the database answers, has every migration this build knows of applied, and has its reference data.
/// A database one migration behind would answer the old schema's queries and fail the new ones, so an instance
/// must not take traffic until <c>amuddu migrate</c> has run.
/// </summary>
internal sealed class DatabaseReadyCheck(AmudduDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                return HealthCheckResult.Unhealthy($"The database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}): run 'amuddu migrate'.");
            }

            return await db.ReferenceItems.AnyAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database has no reference data: run 'amuddu migrate'.");
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached or is not migrated: run 'amuddu migrate'.");
        }
    }
}
