using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Amuddu.Web.Data;

/// <summary>
/// The context the statistics pages, their exports and APIs read through: a streaming replica's when
/// <c>ConnectionStrings:AmudduReplica</c> is set, else the request's own. They read the sums the statistics refresh
/// keeps (minutes old by design, each page says when they were counted), so a replica seconds or minutes behind changes
/// nothing they show, and the primary keeps its capacity for the staff's work. What such a request writes (an export's
/// audit entry) goes through the request's own context, to the primary.
/// </summary>
public sealed class StatisticsReads(AmudduDbContext primary, StatisticsReplica replica) : IAsyncDisposable
{
    private AmudduDbContext? _replica;

    public AmudduDbContext Db => replica.Options is { } options ? _replica ??= new AmudduDbContext(options) : primary;

    public ValueTask DisposeAsync() => _replica?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>The replica's options (read-only, no tracking), or null when the statistics read the primary.</summary>
public sealed record StatisticsReplica(DbContextOptions<AmudduDbContext>? Options)
{
    public static readonly StatisticsReplica None = new((DbContextOptions<AmudduDbContext>?)null);

    public static StatisticsReplica From(IServiceProvider services, DatabaseProvider provider, string? connectionString) =>
        new(connectionString is null ? null : new DbContextOptionsBuilder<AmudduDbContext>()
            .UseAmudduDatabase(provider, connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            // Any the host adds (the tests' command captures).
            .AddInterceptors(services.GetServices<IInterceptor>())
            .Options);
}
