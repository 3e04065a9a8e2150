using System.Net;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Decisions;

public sealed class BudgetConcurrencyTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Parallel_second_approvals_never_take_the_budget_over(bool regionLine)
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        // Two grants' worth: the whole budget, or only the person's region's line of a larger budget.
        var programme = await app.SeedProgrammeAsync(configure: p =>
        {
            p.Name = "Bourses Taehil";
            p.BudgetCentimes = regionLine ? 100_000_00 : 2 * 5_000_00;
        });
        if (regionLine)
        {
            await app.QueryAsync(async db =>
            {
                db.ProgrammeBudgetLines.Add(new ProgrammeBudgetLine { ProgrammeId = programme.Id, RegionCode = "MA-04", BudgetCentimes = 2 * 5_000_00 });
                db.ProgrammeBudgetLines.Add(new ProgrammeBudgetLine { ProgrammeId = programme.Id, RegionCode = "MA-06", BudgetCentimes = 50_000_00 });
                return await db.SaveChangesAsync();
            });
        }

        var applications = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            applications.Add((await app.SeedApplicationAsync(programme, personId, ApplicationStatus.UnderReview)).Id);
        }

        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        foreach (var id in applications)
        {
            Assert.Equal(HttpStatusCode.OK, (await officer.ApproveAsync(app, id)).StatusCode);
        }

        var officer2 = await app.ApiClientAsync(Demo.Officer2, "en");
        var versions = new Dictionary<Guid, long>();
        foreach (var id in applications)
        {
            versions[id] = await app.VersionAsync(id);
        }

        var responses = await Task.WhenAll(applications.Select(id =>
            app.Twin(officer2).DecideAsync(id, "approve", new { version = versions[id] })));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(3, refused.Count);
        foreach (var response in refused)
        {
            var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal(ProblemTypes.BudgetExceeded, problem.GetProperty("type").GetString());
            Assert.Contains("Bourses Taehil", problem.GetProperty("title").GetString());
            Assert.Contains("0.00 MAD", problem.GetProperty("title").GetString());
            if (regionLine)
            {
                Assert.Contains("MA-04", problem.GetProperty("title").GetString());
            }
        }

        var committed = await app.CommittedAsync(programme.Id);
        Assert.Equal(2 * 5_000_00, committed);
        Assert.Equal(2, await app.QueryAsync(db => db.Applications.CountAsync(a => a.ProgrammeId == programme.Id && a.Status == ApplicationStatus.Approved)));
        Assert.Equal(2, await app.QueryAsync(db => db.Applications.CountAsync(a => a.ProgrammeId == programme.Id && a.ApprovedCentimes != null)));
        // The losers' approvals were rolled back with the rest: each still waits for a second officer.
        Assert.Equal(7, await app.QueryAsync(db => db.ApplicationApprovals.CountAsync()));
        if (regionLine)
        {
            var line = await app.QueryAsync(db => db.ProgrammeBudgetLines.SingleAsync(l => l.ProgrammeId == programme.Id && l.RegionCode == "MA-04"));
            Assert.Equal(line.BudgetCentimes, line.CommittedCentimes);
        }
    }

    [Fact]
    public async Task Two_officers_giving_the_second_approval_at_once_approve_and_commit_once()
    {
        await using var app = await AmudduApp.StartAsync();
        var (programme, application, _) = await app.SeedAsync(ApplicationStatus.UnderReview);
        // The first approval was a third officer's (written straight in); officer@ and officer2@ then both give the second.
        var third = await app.UserIdAsync(Demo.Admin);
        await app.QueryAsync(async db =>
        {
            db.ApplicationApprovals.Add(new ApplicationApproval { ApplicationId = application.Id, ApproverId = third, At = app.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var officer2 = await app.ApiClientAsync(Demo.Officer2, "en");
        var version = await app.VersionAsync(application.Id);

        var responses = await Task.WhenAll(
            app.Twin(officer).DecideAsync(application.Id, "approve", new { version }),
            app.Twin(officer2).DecideAsync(application.Id, "approve", new { version }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        await Assert.Single(responses, r => r.StatusCode != HttpStatusCode.OK).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(programme.AmountCentimes, await app.CommittedAsync(programme.Id));
        Assert.Equal(ApplicationStatus.Approved, (await app.ApplicationAsync(application.Id)).Status);
        Assert.Equal(2, await app.QueryAsync(db => db.ApplicationApprovals.CountAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.ApplicationEvents.CountAsync(e => e.Status == ApplicationStatus.Approved)));
    }
}
