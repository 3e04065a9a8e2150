using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.People;

/// <summary>
/// Builds every organisation's duplicate index (<see cref="PeopleIndex"/>) in the background once the app has
/// started, so that the first registration of the day checks against an index already read rather than reading
/// the whole registry itself (over a minute at a million people). A registration that comes before the index is
/// built waits for it, as it would have without this. A failure (the database not reachable yet) only leaves the
/// build to the first check.
/// </summary>
public sealed class PeopleIndexWarmUp(
    IServiceScopeFactory scopes, PeopleIndex index, IHostApplicationLifetime lifetime, ILogger<PeopleIndexWarmUp> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            await scope.ServiceProvider.GetRequiredService<AmudduMetrics>().WorkerPassAsync(nameof(PeopleIndexWarmUp), async () =>
            {
                var organisations = await db.Organisations.AsNoTracking().Select(o => o.Id).ToListAsync(stoppingToken);
                foreach (var organisation in organisations)
                {
                    await index.WarmUpAsync(db, organisation, stoppingToken);
                }

                return organisations.Count;
            });
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The duplicate index was not built at start; the first duplicate check will build it.");
        }
    }
}
