using System.Net;
using System.Net.Http.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Payments;

public class ContractAndTranchesTests
{
    [Fact]
    public async Task Contract_splits_a_fixed_grant_50_50_to_the_exact_centime()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync();
        var application = await app.SeedApprovedAsync(programme, personId, a => a.ApprovedCentimes = 5_000_01);

        var tranches = await officer.ContractAsync(application);

        Assert.Equal(2, tranches.Count);
        Assert.Equal(2500.00m, tranches[0].Dec("amount"));
        Assert.Equal(2500.01m, tranches[1].Dec("amount"));
        Assert.Equal("ContractSigned", tranches[0].Str("condition"));
        Assert.Equal("Due", tranches[0].Str("status"));
        Assert.Equal("Planned", tranches[1].Str("status"));
        Assert.Equal(application.StartsOn.AddMonths(1).ToString("yyyy-MM-dd"), tranches[1].Str("dueOn"));
        var stored = await app.QueryAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id));
        Assert.Equal(ApplicationStatus.Contracted, stored.Status);
        Assert.NotNull(stored.ContractedAt);
        Assert.Equal(5_000_01, await app.QueryAsync(db => db.Tranches.Where(t => t.ApplicationId == application.Id).SumAsync(t => t.AmountCentimes)));
        Assert.Contains(await app.AuditAsync(ApplicationAudit.StatusChanged), a => a.Detail!.EndsWith("Contracted", StringComparison.Ordinal));
        Assert.True(await app.QueryAsync(db => db.ApplicationEvents.AnyAsync(e => e.ApplicationId == application.Id && e.Status == ApplicationStatus.Contracted)));
    }

    [Fact]
    public async Task Contract_of_a_monthly_grant_sets_a_tranche_a_month_and_the_retention_checks()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive, PaymentsSetup.Monthly);
        var application = await app.SeedApprovedAsync(programme, personId, a => { a.Months = 7; a.RequestedCentimes = 1_500_00; });

        var tranches = await officer.ContractAsync(application);

        // Months 1-3, check 3, months 4-6, check 6, month 7.
        Assert.Equal(9, tranches.Count);
        Assert.Equal(["EmploymentConfirmed", "EmploymentConfirmed", "EmploymentConfirmed", "RetentionConfirmed", "EmploymentConfirmed",
            "EmploymentConfirmed", "EmploymentConfirmed", "RetentionConfirmed", "EmploymentConfirmed"], tranches.Select(t => t.Str("condition")));
        Assert.Equal(10_500.00m, tranches.Sum(t => t.Dec("amount")));
        Assert.Equal(0m, tranches[3].Dec("amount"));
        Assert.Equal("3", tranches[3].Str("month"));
        Assert.All(tranches, t => Assert.Equal("Planned", t.Str("status")));
        Assert.Equal(application.StartsOn.ToString("yyyy-MM-dd"), tranches[0].Str("dueOn"));
        Assert.Equal(application.StartsOn.AddMonths(3).ToString("yyyy-MM-dd"), tranches[4].Str("dueOn"));
    }

    [Fact]
    public async Task The_month_after_a_retention_check_cannot_be_paid_before_the_check_is_confirmed()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive, PaymentsSetup.Monthly);
        var application = await app.SeedApprovedAsync(programme, personId, a => { a.Months = 6; a.StartsOn = app.Today.AddMonths(-4); });
        var tranches = await officer.ContractAsync(application);
        var month4 = tranches[4];
        var check3 = tranches[3];
        // Who confirms a condition does not order its payment: the second officer confirms.
        var second = await app.ApiClientAsync(Demo.Officer2, "en");

        var confirmed = await second.PostAsJsonAsync($"/api/v1/applications/{application.Id}/tranches/{month4.Id()}/confirm",
            new { evidence = "Bulletin de paie", version = month4.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var blocked = await (await officer.OrderAsync(month4.Id(), "k-month-4")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.TrancheNotPayable, blocked.Str("type"));
        Assert.Contains("retention check", blocked.Str("title"), StringComparison.Ordinal);

        // The check itself pays nothing.
        var check = await second.PostAsJsonAsync($"/api/v1/applications/{application.Id}/tranches/{check3.Id()}/confirm",
            new { evidence = "Toujours en poste", version = check3.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.OrderAsync(check3.Id(), "k-check-3")).StatusCode);

        var order = await officer.OrderedAsync(month4.Id(), "k-month-4-again");
        Assert.Equal(1500.00m, order.Dec("amount"));
    }

    [Fact]
    public async Task Contract_is_refused_without_a_payee_on_a_stale_version_or_from_another_status_and_is_for_officers()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync();
        var noPayee = await app.SeedApplicationAsync(programme, personId, ApplicationStatus.Approved);
        var missing = await (await officer.PostAsJsonAsync($"/api/v1/applications/{noPayee.Id}/contract", new { version = noPayee.Version }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("payee", missing.Str("title"), StringComparison.Ordinal);

        var approved = await app.SeedApprovedAsync(programme, personId);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/v1/applications/{approved.Id}/contract", new { version = 99 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PostAsJsonAsync($"/api/v1/applications/{approved.Id}/contract", new { version = approved.Version })).StatusCode);

        var review = await app.SeedApplicationAsync(programme, personId, ApplicationStatus.UnderReview);
        var refused = await (await officer.PostAsJsonAsync($"/api/v1/applications/{review.Id}/contract", new { version = review.Version }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.ApplicationTransitionRefused, refused.Str("type"));
        Assert.Empty(await app.QueryAsync(db => db.Tranches.Where(t => t.ApplicationId == review.Id || t.ApplicationId == noPayee.Id).ToListAsync()));
    }

    [Fact]
    public async Task Confirming_a_tranche_follows_its_month_its_status_and_who_may_vouch_for_it()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync();
        var application = await app.SeedApprovedAsync(programme, personId, a => a.StartsOn = app.Today);
        var tranches = await officer.ContractAsync(application);
        var attendance = tranches[1];
        var url = $"/api/v1/applications/{application.Id}/tranches/{attendance.Id()}/confirm";
        var version = attendance.GetProperty("version").GetInt64();

        var early = await (await officer.PostAsJsonAsync(url, new { evidence = "Feuille de présence", version })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Too early", early.Str("title"), StringComparison.Ordinal);
        // A month later (moved in the database: the fake clock would also age the sign-in).
        await app.QueryAsync(db => db.Tranches.Where(t => t.Id == attendance.Id()).ExecuteUpdateAsync(s => s.SetProperty(t => t.DueOn, app.Today)));
        var tooLong = await (await officer.PostAsJsonAsync(url, new { evidence = new string('x', 1001), version })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("evidence", out _));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync(url, new { evidence = "x", version = version + 5 })).StatusCode);

        // The counsellor who follows the person may vouch for attendance.
        var ok = await counsellor.PostAsJsonAsync(url, new { evidence = "Feuille de présence de mai", version });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var stored = await app.QueryAsync(db => db.Tranches.AsNoTracking().SingleAsync(t => t.Id == attendance.Id()));
        Assert.Equal(TrancheStatus.Due, stored.Status);
        Assert.Equal("Feuille de présence de mai", stored.Evidence);
        Assert.NotEmpty(await app.AuditAsync(ApplicationAudit.TrancheConfirmed));
        Assert.True(await app.QueryAsync(db => db.ApplicationEvents.AnyAsync(e => e.ApplicationId == application.Id && e.Kind == ApplicationEventKind.TrancheConfirmed)));
        // Twice is a conflict: it is no longer waiting.
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync(url, new { evidence = "x", version = stored.Version })).StatusCode);
    }

    [Fact]
    public async Task Counsellors_may_not_confirm_employment_only_officers_and_employers_do()
    {
        await using var app = await AmudduApp.StartAsync();
        var (counsellor, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var programme = await app.SeedProgrammeAsync(ProgrammeKind.HiringIncentive, PaymentsSetup.Monthly);
        var application = await app.SeedApprovedAsync(programme, personId, a => { a.Months = 2; a.StartsOn = app.Today; });
        var month1 = (await officer.ContractAsync(application))[0];
        var url = $"/api/v1/applications/{application.Id}/tranches/{month1.Id()}/confirm";

        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PostAsJsonAsync(url, new { version = month1.GetProperty("version").GetInt64() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync(url, new { version = month1.GetProperty("version").GetInt64() })).StatusCode);
    }
}
