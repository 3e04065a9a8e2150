using Amuddu.Web.Features.Rights;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Rights;

public sealed class RetentionTests
{
    private static async Task<RetentionResult> SweepAsync(AmudduApp app, bool dryRun)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(dryRun, CancellationToken.None);
    }

    private static Task<List<Guid>> ErasedAsync(AmudduApp app) =>
        app.QueryAsync(db => db.People.Where(p => p.ErasedAt != null).Select(p => p.Id).ToListAsync());

    [Fact]
    public async Task A_minimal_record_is_erased_after_90_days_without_consent_and_a_consented_file_is_kept()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var minimal = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678", minimal: true);
        var consented = await RightsData.RegisterAsync(app, client, "Jean", "Kabila", "0698765432");

        app.Clock.Advance(TimeSpan.FromDays(89));
        Assert.Equal(0, (await SweepAsync(app, dryRun: false)).Total);
        app.Clock.Advance(TimeSpan.FromDays(2));
        var dryRun = await SweepAsync(app, dryRun: true);
        Assert.Equal((1, 0), (dryRun.MinimalRecords, dryRun.Inactive));
        Assert.Empty(await ErasedAsync(app));

        var result = await SweepAsync(app, dryRun: false);

        Assert.Equal((1, 0), (result.MinimalRecords, result.Inactive));
        Assert.Equal([minimal], await ErasedAsync(app));
        var person = await app.QueryAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == minimal));
        Assert.Null(person.FirstName);
        Assert.Null(person.Phone);
        var record = await app.QueryAsync(db => db.ErasureRecords.SingleAsync());
        Assert.Equal((minimal, ErasureReason.RetentionExpired, (Guid?)null), (record.ErasedPersonId, record.Reason, record.ErasedBy));
        var audit = Assert.Single(await app.AuditAsync(RightsAudit.Erased));
        Assert.Equal("reason: RetentionExpired", audit.Detail);
        Assert.Null(audit.UserId);
        Assert.Equal(0, (await SweepAsync(app, dryRun: false)).Total);
        Assert.DoesNotContain(consented, await ErasedAsync(app));
    }

    [Fact]
    public async Task A_file_untouched_in_every_area_for_five_years_is_erased_and_a_recent_row_in_any_area_keeps_it()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:Retention:InactiveYears"] = "2" });
        var client = await app.ApiClientAsync(Demo.Counsellor);
        var idle = await RightsData.RegisterAsync(app, client, "Awa", "Sow", "0612345678");
        var active = await RightsData.RegisterAsync(app, client, "Jean", "Kabila", "0698765432");

        app.Clock.Advance(TimeSpan.FromDays(365));
        client = await app.ApiClientAsync(Demo.Counsellor);
        // Only the documents area changes: the person's own row stays as old as the idle one's.
        await RightsData.AddDocumentAsync(client, active, "RC-2025-1");
        app.Clock.Advance(TimeSpan.FromDays(367));

        var result = await SweepAsync(app, dryRun: false);

        Assert.Equal((0, 1), (result.MinimalRecords, result.Inactive));
        Assert.Equal([idle], await ErasedAsync(app));
    }
}
