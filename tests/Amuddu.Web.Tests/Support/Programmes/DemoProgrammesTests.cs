using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Programmes;

public sealed class DemoProgrammesTests
{
    [Fact]
    public async Task The_demo_has_four_programmes_and_applications_at_every_status_with_consistent_money()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedDemoProgrammesAsync();

        var programmes = await app.QueryAsync(db => db.Programmes.AsNoTracking().ToListAsync());
        Assert.Equal([DemoProgrammes.CooperativesCode, DemoProgrammes.PlacementCode, DemoProgrammes.TrainingCode, DemoProgrammes.NewCompanyCode],
            programmes.Select(p => p.Code).Order(StringComparer.Ordinal));
        Assert.Equal(Enum.GetValues<ProgrammeKind>(), programmes.Select(p => p.Kind).Distinct().Order());
        var applications = await app.QueryAsync(db => db.Applications.AsNoTracking().ToListAsync());
        Assert.Equal(Enum.GetValues<ApplicationStatus>(), applications.Select(a => a.Status).Distinct().Order());

        foreach (var programme in programmes)
        {
            var funded = applications.Where(a => a.ProgrammeId == programme.Id && a.IsFunded).Sum(a => a.ApprovedCentimes!.Value);
            Assert.Equal(funded, programme.CommittedCentimes);
            Assert.True(programme.CommittedCentimes <= programme.BudgetCentimes);
        }

        var lines = await app.QueryAsync(db => db.ProgrammeBudgetLines.AsNoTracking().ToListAsync());
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.True(l.CommittedCentimes <= l.BudgetCentimes));
        var split = programmes.Single(p => p.Id == lines[0].ProgrammeId);
        Assert.Equal(split.CommittedCentimes, lines.Sum(l => l.CommittedCentimes));

        var officers = await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.Officer || u.Email == Demo.Officer2).Select(u => u.Id).ToListAsync());
        var approvals = await app.QueryAsync(db => db.ApplicationApprovals.AsNoTracking().ToListAsync());
        foreach (var decided in applications.Where(a => a.IsFunded))
        {
            Assert.Equal(officers.Order(), approvals.Where(x => x.ApplicationId == decided.Id).Select(x => x.ApproverId).Order());
        }

        var orders = await app.QueryAsync(db => db.PaymentOrders.AsNoTracking().ToListAsync());
        Assert.Equal(Enum.GetValues<PaymentStatus>(), orders.Select(o => o.Status).Distinct().Order());
        Assert.All(orders.GroupBy(o => o.TrancheId), g => Assert.True(g.Count(o => o.ActiveTrancheId is not null) <= 1));
        Assert.All(orders.Where(o => o.Status is PaymentStatus.Failed or PaymentStatus.Cancelled), o => Assert.Null(o.ActiveTrancheId));
        var tranches = await app.QueryAsync(db => db.Tranches.AsNoTracking().ToListAsync());
        Assert.All(applications.Where(a => a.Status is ApplicationStatus.Contracted or ApplicationStatus.InPayment or ApplicationStatus.Completed),
            a => Assert.Equal(a.ApprovedCentimes, tranches.Where(t => t.ApplicationId == a.Id).Sum(t => t.AmountCentimes)));
        Assert.Contains(applications, a => a.SuspendedAt is not null);
        Assert.Equal(1, await app.QueryAsync(db => db.Recoveries.CountAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.CommitteeMeetings.CountAsync()));
        Assert.True(await app.QueryAsync(db => db.CommitteeScores.CountAsync()) >= 8);
        var employer = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == DemoOrganisations.Employer).Select(o => o.Id).SingleAsync());
        Assert.True(applications.Count(a => a.EmployerOrganisationId == employer) >= 4);
    }
}
