using Amuddu.Cli.Audit;
using Amuddu.Cli.Database;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Cli.Tests;

public sealed class AuditCommandTests : CliTestFolder
{
    [Fact]
    public async Task Audit_verify_says_all_links_are_intact_then_names_the_entry_edited_in_the_database()
    {
        await Run(MigrateCommand.RunAsync, Database);
        var organisationId = Guid.CreateVersion7();
        List<AuditEvent> trail;
        await using (var services = CliServices.Build("Sqlite", Connection, out _))
        await using (var scope = services.CreateAsyncScope())
        {
            var audit = new AuditLog(scope.ServiceProvider.GetRequiredService<AuditWriter>(), TimeProvider.System, new HttpContextAccessor());
            for (var i = 0; i < 4; i++)
            {
                await audit.RecordAsync("person.viewed", Guid.CreateVersion7(), organisationId, $"person:{i}", $"read {i}");
            }

            await audit.RecordAsync("auth.sign-in-failed", null, null, "nobody@example.org", "unknown account");
            trail = await scope.ServiceProvider.GetRequiredService<AmudduDbContext>().AuditEvents.AsNoTracking()
                .Where(a => a.OrganisationId == organisationId).OrderBy(a => a.Sequence).ToListAsync();
        }

        var intact = await Run(AuditCommand.RunAsync, ["verify", .. Database]);
        Execute($"UPDATE audit_events SET Detail = 'read nothing' WHERE Sequence = 3 AND Detail = 'read 2'");
        var edited = await Run(AuditCommand.RunAsync, ["verify", .. Database]);
        var usage = await Run(AuditCommand.RunAsync, Database);

        Assert.Equal(0, intact.Code);
        Assert.Contains(": 5 entries, all links intact (2 chain(s)).", intact.Out, StringComparison.Ordinal);
        Assert.Equal(1, edited.Code);
        Assert.Contains($"broken link: organisation {organisationId}, sequence 3, id {trail[2].Id}: the entry does not match its hash", edited.Out, StringComparison.Ordinal);
        Assert.Equal(2, usage.Code);
    }
}
