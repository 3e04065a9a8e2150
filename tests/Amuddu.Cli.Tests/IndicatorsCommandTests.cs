using Amuddu.Cli.Database;
using Amuddu.Cli.Indicators;

namespace Amuddu.Cli.Tests;

public sealed class IndicatorsCommandTests : CliTestFolder
{
    public IndicatorsCommandTests() =>
        // Demo seeding writes encrypted fields, with the web app's key.
        Environment.SetEnvironmentVariable("Amuddu__Encryption__Key", "dGVzdC1vbmx5LWtleS0zMi1ieXRlcy1sb25nLWFiY2Q=");

    [Fact]
    public async Task The_demo_has_figures_after_seeding_and_refresh_then_rebuild_say_what_they_did_and_how_long_it_took()
    {
        await Run(MigrateCommand.RunAsync, Database);
        await Run(SeedDemoCommand.RunAsync, Database);
        // Seeding rebuilt the facts: the demo's indicators have figures, and the cells are the facts' sums.
        var facts = Scalar("SELECT COUNT(*) FROM indicator_facts");
        var people = Scalar("SELECT COALESCE(SUM(People), 0) FROM indicator_facts");
        Assert.True(facts > 0);
        Assert.Equal(people, Scalar("SELECT COALESCE(SUM(People), 0) FROM indicator_cells"));
        Assert.Equal(people, Scalar("SELECT COALESCE(SUM(People), 0) FROM indicator_totals"));
        Assert.True(Scalar("SELECT COUNT(*) FROM indicator_facts WHERE Measure = 3") > 0); // Registered
        // The same refresh keeps the funnel's, the network's and the programmes' facts: the demo has some of each.
        const string anapec = "(SELECT Id FROM organisations WHERE Name = 'ANAPEC (démo)')";
        var others = new[] { "funnel_facts", "network_facts", "programme_facts" }
            .Select(t => Scalar($"SELECT COUNT(*) FROM {t} WHERE OrganisationId = {anapec}")).ToList();
        Assert.All(others, count => Assert.True(count > 0));

        var refresh = await Run(IndicatorsCommand.RunAsync, ["refresh", .. Database]);
        var rebuild = await Run(IndicatorsCommand.RunAsync, ["refresh", "--rebuild", .. Database]);

        Assert.Equal(0, refresh.Code);
        Assert.Contains("ANAPEC (démo): refreshed, ", refresh.Out, StringComparison.Ordinal);
        Assert.Matches(@"organisation\(s\) refreshed in \d+\.\d s\.", refresh.Out);
        Assert.Equal(0, rebuild.Code);
        Assert.Contains("ANAPEC (démo): rebuilt, ", rebuild.Out, StringComparison.Ordinal);
        Assert.Contains($" {facts + others.Sum()} fact(s) in ", rebuild.Out, StringComparison.Ordinal);
        Assert.Matches(@"organisation\(s\) rebuilt in \d+\.\d s\.", rebuild.Out);
        Assert.Equal(facts, Scalar("SELECT COUNT(*) FROM indicator_facts"));
        Assert.Equal(people, Scalar("SELECT COALESCE(SUM(People), 0) FROM indicator_cells"));
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM indicator_refreshes WHERE LeaseUntil IS NOT NULL"));
    }

    [Fact]
    public async Task Refresh_refuses_an_unmigrated_database_and_a_misspelt_option()
    {
        var unmigrated = await Run(IndicatorsCommand.RunAsync, ["refresh", .. Database]);
        var misspelt = await Run(IndicatorsCommand.RunAsync, ["refresh", "--rebuilt", .. Database]);
        var help = await Run(IndicatorsCommand.RunAsync, "refresh", "--help");

        Assert.Equal(1, unmigrated.Code);
        Assert.Contains("amuddu migrate", unmigrated.Err, StringComparison.Ordinal);
        Assert.Equal(2, misspelt.Code);
        Assert.Contains("'--rebuilt'", misspelt.Err, StringComparison.Ordinal);
        Assert.Equal(0, help.Code);
        Assert.Contains("--rebuild", help.Out, StringComparison.Ordinal);
    }
}
