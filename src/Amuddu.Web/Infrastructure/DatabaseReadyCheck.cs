using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Amuddu.Web.Infrastructure;

/// <summary>Ready when the database answers and has been migrated (reference data is there).</summary>
internal sealed class DatabaseReadyCheck(AmudduDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
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
