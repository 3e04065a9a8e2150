using Amuddu.Cli.Database;
using Amuddu.Cli.Rights;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Cli.Tests;

public sealed class RetentionCommandTests : CliTestFolder
{
    public RetentionCommandTests() =>
        // The sweep reads every area, encrypted ones included, so it needs the web app's key.
        Environment.SetEnvironmentVariable("Amuddu__Encryption__Key", "dGVzdC1vbmx5LWtleS0zMi1ieXRlcy1sb25nLWFiY2Q=");

    private long Count(string sql) => Scalar(sql);

    [Fact]
    public async Task Retention_counts_in_a_dry_run_then_erases_the_minimal_records_past_their_time_naming_no_one()
    {
        await Run(MigrateCommand.RunAsync, Database);
        await Run(SeedDemoCommand.RunAsync, Database);
        // The demo registry was registered today: age it by 100 days, past the 90 a minimal record is kept.
        await using (var services = CliServices.Build("Sqlite", Connection, out _))
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            var old = DateTimeOffset.UtcNow.AddDays(-100);
            await db.People.ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedAt, old).SetProperty(p => p.UpdatedAt, old));
            await db.Consents.ExecuteUpdateAsync(s => s.SetProperty(c => c.RecordedAt, old));
        }

        var dryRun = await Run(RetentionCommand.RunAsync, [.. Database, "--dry-run"]);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM people WHERE ErasedAt IS NOT NULL"));
        var real = await Run(RetentionCommand.RunAsync, Database);
        var again = await Run(RetentionCommand.RunAsync, Database);

        Assert.Equal(0, dryRun.Code);
        Assert.Contains("30 minimal record(s) without consent for 90 days, 0 file(s) inactive for 5 years: 30 would be erased (dry run", dryRun.Out, StringComparison.Ordinal);
        Assert.Equal(0, real.Code);
        Assert.Contains("30 erased.", real.Out, StringComparison.Ordinal);
        Assert.Contains(": 0 erased.", again.Out, StringComparison.Ordinal);
        Assert.Equal(30, Count("SELECT COUNT(*) FROM people WHERE ErasedAt IS NOT NULL"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM people WHERE ErasedAt IS NOT NULL AND (FirstName IS NOT NULL OR LastNameArabic IS NOT NULL OR Phone IS NOT NULL)"));
        Assert.Equal(30, Count("SELECT COUNT(*) FROM person_erasures WHERE Reason = 'RetentionExpired'"));
        // Only the registry's minimal records went; the service history's and the two years of history's people all agreed.
        Assert.Equal(DemoPeople.Count + 4 * DemoExchanges.PeoplePerPeriod + DemoHistory.PlannedPeople(TimeProvider.System), Count("SELECT COUNT(*) FROM people"));
        foreach (var name in new[] { "Diallo", "Traoré", "Mohamed" })
        {
            Assert.DoesNotContain(name, dryRun.Out + real.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Retention_refuses_an_unmigrated_database_and_explains_its_options()
    {
        var unmigrated = await Run(RetentionCommand.RunAsync, [.. Database, "--dry-run"]);
        var help = await Run(RetentionCommand.RunAsync, "--help");

        Assert.Equal(1, unmigrated.Code);
        Assert.Contains("amuddu migrate", unmigrated.Err, StringComparison.Ordinal);
        Assert.Equal(0, help.Code);
        Assert.Contains("--dry-run", help.Out, StringComparison.Ordinal);
        Assert.Contains("MinimalRecordDays", help.Out, StringComparison.Ordinal);
    }
}
