using System.Net;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Decisions;

public sealed class DecisionPanelTests
{
    [Fact]
    public async Task The_second_officer_approves_through_the_panel_and_the_first_is_told_why_they_may_not()
    {
        await using var app = await AmudduApp.StartAsync();
        var (programme, application, _) = await app.SeedAsync(ApplicationStatus.EligibilityChecked);
        var page = $"/applications/{application.Id}";
        var first = app.CreateBrowser("en");
        await app.WebSignInAsync(first, Demo.Officer);

        var reviewed = await first.SubmitFormAsync(page, "decision-review");
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Equal(ApplicationStatus.UnderReview, (await app.ApplicationAsync(application.Id)).Status);
        var approved = await first.SubmitFormAsync(page, "decision-approve", ("Approve.Comment", "Dossier complet."));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var afterFirst = await (await first.GetAsync(page)).ReadHtmlAsync();
        Assert.Contains("Karim Alaoui", afterFirst);
        Assert.Contains("Dossier complet.", afterFirst);
        Assert.Contains("you have already approved", afterFirst);
        Assert.DoesNotContain("value=\"decision-approve\"", afterFirst);

        var second = app.CreateBrowser("en");
        await app.WebSignInAsync(second, Demo.Officer2);
        var decided = await second.SubmitFormAsync(page, "decision-approve", ("Approve.Conditions", "Assiduité contrôlée chaque mois."));

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var stored = await app.ApplicationAsync(application.Id);
        Assert.Equal(ApplicationStatus.Approved, stored.Status);
        Assert.Equal("Assiduité contrôlée chaque mois.", stored.DecisionConditions);
        Assert.Equal(programme.AmountCentimes, await app.CommittedAsync(programme.Id));
        var html = await (await second.GetAsync(page)).ReadHtmlAsync();
        Assert.Contains("Approvals: 2 of 2", html);
    }

    [Fact]
    public async Task A_bad_approval_or_override_keeps_what_was_typed_with_the_message()
    {
        await using var app = await AmudduApp.StartAsync();
        var (programme, ceiling, personId) = await app.SeedAsync(ApplicationStatus.UnderReview,
            programme: p => { p.AmountPolicy = AmountPolicy.Ceiling; p.AmountCentimes = 10_000_00; }, application: a => a.RequestedCentimes = 8_000_00);
        var ineligible = await app.SeedApplicationAsync(programme, personId, ApplicationStatus.EligibilityChecked, a => a.IsEligible = false);
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Officer);

        var tooMuch = await browser.SubmitFormAsync($"/applications/{ceiling.Id}", "decision-approve",
            ("Approve.Amount", "9000"), ("Approve.Comment", "Montant revu à la hausse."));
        var html = await tooMuch.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.OK, tooMuch.StatusCode);
        Assert.Contains("cannot exceed the amount requested", html);
        Assert.Contains("value=\"9000\"", html);
        Assert.Contains("Montant revu à la hausse.</textarea>", html);

        var fraction = await (await browser.SubmitFormAsync($"/applications/{ceiling.Id}", "decision-approve", ("Approve.Amount", "12,345")))
            .ReadHtmlAsync();
        Assert.Contains("at most two decimals", fraction);
        Assert.Contains("value=\"12,345\"", fraction);
        Assert.Equal(0, await app.QueryAsync(db => db.ApplicationApprovals.CountAsync()));

        var shortJustification = await (await browser.SubmitFormAsync($"/applications/{ineligible.Id}", "decision-override",
            ("Override.Justification", "Trop court"))).ReadHtmlAsync();
        Assert.Contains("at least 20 characters", shortJustification);
        Assert.Contains("Trop court</textarea>", shortJustification);
        Assert.False((await app.ApplicationAsync(ineligible.Id)).IsEligible);

        var noReason = await (await browser.SubmitFormAsync($"/applications/{ineligible.Id}", "decision-reject", ("Reject.Reason", " ")))
            .ReadHtmlAsync();
        Assert.Contains("Reason for rejection is required", noReason);
        Assert.Equal(ApplicationStatus.EligibilityChecked, (await app.ApplicationAsync(ineligible.Id)).Status);
    }

    [Fact]
    public async Task A_committee_member_scores_through_the_panel_and_a_counsellor_sees_no_decision_form()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, application, _) = await app.SeedAsync(ApplicationStatus.UnderReview, ProgrammeKind.SelfEmploymentGrant, p =>
        {
            p.ScoringGrid = [new() { Code = "PLAN", Label = "Business plan", MaxPoints = 40 }, new() { Code = "TEAM", Label = "Team", MaxPoints = 60 }];
            p.PassMark = 50;
        });
        var page = $"/applications/{application.Id}";
        var member = app.CreateBrowser("en");
        await app.WebSignInAsync(member, Demo.SelfEmployment);

        var bad = await (await member.SubmitFormAsync(page, "decision-score", ("Score.Points[PLAN]", "45"), ("Score.Points[TEAM]", "30"))).ReadHtmlAsync();
        Assert.Contains("Business plan must be between 0 and 40", bad);
        Assert.Contains("value=\"45\"", bad);
        var saved = await member.SubmitFormAsync(page, "decision-score", ("Score.Points[PLAN]", "35"), ("Score.Points[TEAM]", "30"), ("Score.Comment", "Équipe motivée"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var sheet = await app.QueryAsync(db => db.CommitteeScores.SingleAsync());
        Assert.Equal(65, sheet.Total);
        var html = await (await member.GetAsync(page)).ReadHtmlAsync();
        Assert.Contains("Committee average: 65 (pass mark: 50)", html);
        Assert.DoesNotContain("value=\"decision-approve\"", html);
        Assert.DoesNotContain("value=\"decision-reject\"", html);

        var counsellor = app.CreateBrowser("en");
        await app.WebSignInAsync(counsellor, Demo.Counsellor);
        var read = await (await counsellor.GetAsync(page)).ReadHtmlAsync();
        Assert.Contains("Nadia Tazi", read);
        Assert.DoesNotContain("value=\"decision-score\"", read);
        Assert.DoesNotContain("value=\"decision-reject\"", read);
    }
}
