using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Demo;
using Amuddu.Cli.Database;

namespace Amuddu.Cli.Tests;

public sealed class DatabaseCommandTests : CliTestFolder
{
    // The demo people's pathways carry encrypted notes, as run.sh seeds them with its key.
    static DatabaseCommandTests() =>
        Environment.SetEnvironmentVariable("Amuddu__Encryption__Key", "dGVzdC1vbmx5LWtleS0zMi1ieXRlcy1sb25nLWFiY2Q=");

    private static readonly Func<string[], TextWriter, TextWriter, Task<int>> Migrate = MigrateCommand.RunAsync;
    private static readonly Func<string[], TextWriter, TextWriter, Task<int>> SeedDemo = SeedDemoCommand.RunAsync;

    private long Count(string table) => Scalar($"SELECT COUNT(*) FROM {table}");

    [Fact]
    public async Task Migrate_creates_the_database_with_reference_data_and_is_idempotent()
    {
        var first = await Run(Migrate, Database);
        var second = await Run(Migrate, Database);

        Assert.Equal(0, first.Code);
        Assert.Contains("applied", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.Code);
        Assert.Contains("already up to date", second.Out, StringComparison.Ordinal);
        Assert.True(Count("reference_items") > 400);
        Assert.Equal(Roles.All.Count, Count("AspNetRoles"));
    }

    [Fact]
    public async Task Seed_demo_fills_an_empty_database_once_and_refuses_an_unmigrated_one()
    {
        var unmigrated = await Run(SeedDemo, Database);
        Assert.Equal(1, unmigrated.Code);
        Assert.Contains("amuddu migrate", unmigrated.Err, StringComparison.Ordinal);

        await Run(Migrate, Database);
        // The demo queues appointment reminders, whose phone numbers are encrypted: run.sh gives the key too.
        Environment.SetEnvironmentVariable("Amuddu__Encryption__Key", "dGVzdC1vbmx5LWtleS0zMi1ieXRlcy1sb25nLWFiY2Q=");
        var seeded = await Run(SeedDemo, Database);
        var again = await Run(SeedDemo, Database);

        Assert.Equal(0, seeded.Code);
        Assert.Equal(0, again.Code);
        Assert.Contains("left as it is", again.Out, StringComparison.Ordinal);
        Assert.Equal(DemoAccounts.All.Count + DemoTraining.AccountsWithoutSignIn, Count("AspNetUsers"));
        // Ten organisations of the network, and the companies of the employers' demo.
        Assert.Equal(10 + DemoEmployers.CompanyCount, Count("organisations"));
        // The registry, the people of the before/after view's service history (two counsellors, two periods) and the two years of history.
        Assert.Equal(DemoPeople.Count + 4 * DemoExchanges.PeoplePerPeriod + DemoHistory.PlannedPeople(TimeProvider.System), Count("people"));
    }

    [Fact]
    public async Task An_unknown_provider_is_a_clear_error()
    {
        var result = await Run(Migrate, "--provider", "Oracle", "--connection", Connection);

        Assert.Equal(1, result.Code);
        Assert.Contains("Database:Provider 'Oracle' is not known", result.Err, StringComparison.Ordinal);
    }
}
