using System.Net;
using System.Net.Http.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Decisions;

public sealed class DecisionTests
{
    [Fact]
    public async Task An_ineligible_application_is_overridden_with_a_justification_reviewed_and_approved_by_two_officers()
    {
        await using var app = await AmudduApp.StartAsync();
        var (programme, application, _) = await app.SeedAsync(ApplicationStatus.EligibilityChecked, application: a =>
        {
            a.IsEligible = false;
            a.Eligibility = [new EligibilityCheck { Kind = EligibilityRuleKind.RegisteredForMonths, Passed = false, Found = "2" }];
        });
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var officer2 = await app.ApiClientAsync(Demo.Officer2, "en");
        var id = application.Id;

        var notEligible = await (await officer.DecideAsync(id, "review", new { version = await app.VersionAsync(id) })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.ApplicationTransitionRefused, notEligible.GetProperty("type").GetString());
        Assert.Contains("not eligible", notEligible.GetProperty("title").GetString());

        var missing = await (await officer.DecideAsync(id, "override", new { version = await app.VersionAsync(id) })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("justification", out _));
        var tooShort = await (await officer.DecideAsync(id, "override", new { justification = "Vu le dossier.", version = await app.VersionAsync(id) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("20", tooShort.GetProperty("errors").GetProperty("justification")[0].GetString());
        Assert.Empty(await app.AuditAsync(ApplicationAudit.EligibilityOverridden));

        var justification = "Inscrit depuis 2 mois seulement, mais suivi par l'association partenaire depuis un an.";
        var stale = await officer.DecideAsync(id, "override", new { justification, version = 99 });
        await stale.ProblemAsync(HttpStatusCode.Conflict);
        var overridden = await officer.DecideAsync(id, "override", new { justification, version = await app.VersionAsync(id) });
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        Assert.True((await overridden.JsonAsync()).GetProperty("isEligible").GetBoolean());
        var again = await officer.DecideAsync(id, "override", new { justification, version = await app.VersionAsync(id) });
        await again.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Single(await app.AuditAsync(ApplicationAudit.EligibilityOverridden));

        var reviewed = await officer.DecideAsync(id, "review", new { version = await app.VersionAsync(id) });
        Assert.Equal("UnderReview", (await reviewed.JsonAsync()).GetProperty("status").GetString());

        var first = await officer.ApproveAsync(app, id, comment: "Projet de formation cohérent.");
        Assert.Equal("UnderReview", (await first.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(0, await app.CommittedAsync(programme.Id));
        var twice = await (await officer.ApproveAsync(app, id)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.FourEyes, twice.GetProperty("type").GetString());
        Assert.Contains("already approved", twice.GetProperty("title").GetString());

        var second = await officer2.ApproveAsync(app, id, conditions: "Attestation d'assiduité mensuelle.");
        var decided = await second.JsonAsync();
        Assert.Equal("Approved", decided.GetProperty("status").GetString());
        Assert.Equal(5000m, decided.GetProperty("approved").GetDecimal());
        Assert.Equal(programme.AmountCentimes, await app.CommittedAsync(programme.Id));
        var stored = await app.ApplicationAsync(id);
        Assert.Equal(programme.AmountCentimes, stored.ApprovedCentimes);
        Assert.NotNull(stored.DecidedAt);
        Assert.Equal("Attestation d'assiduité mensuelle.", stored.DecisionConditions);
        Assert.Equal(justification, stored.OverrideJustification);

        var events = await app.QueryAsync(db => db.ApplicationEvents.Where(e => e.ApplicationId == id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new { e.Kind, e.Status }).ToListAsync());
        Assert.Equal(
            [ApplicationEventKind.EligibilityOverridden, ApplicationEventKind.StatusChanged, ApplicationEventKind.Approved, ApplicationEventKind.StatusChanged],
            events.Select(e => e.Kind));
        Assert.Equal(ApplicationStatus.Approved, events[^1].Status);
        Assert.Equal(2, (await app.AuditAsync(ApplicationAudit.Approved)).Count);
        Assert.Equal(2, (await app.AuditAsync(ApplicationAudit.StatusChanged)).Count);
        Assert.All(await app.AuditAsync(ApplicationAudit.StatusChanged), a => Assert.DoesNotContain("Sow", a.Detail));

        var decision = await officer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/applications/{id}/decision");
        Assert.Equal(2, decision.GetProperty("approvals").GetArrayLength());
        Assert.False(decision.GetProperty("mayApprove").GetBoolean());
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft, "review")]
    [InlineData(ApplicationStatus.Submitted, "review")]
    [InlineData(ApplicationStatus.UnderReview, "review")]
    [InlineData(ApplicationStatus.Approved, "review")]
    [InlineData(ApplicationStatus.EligibilityChecked, "approve")]
    [InlineData(ApplicationStatus.Submitted, "approve")]
    [InlineData(ApplicationStatus.Approved, "approve")]
    [InlineData(ApplicationStatus.Rejected, "approve")]
    [InlineData(ApplicationStatus.Draft, "reject")]
    [InlineData(ApplicationStatus.Submitted, "reject")]
    [InlineData(ApplicationStatus.Approved, "reject")]
    [InlineData(ApplicationStatus.Withdrawn, "reject")]
    [InlineData(ApplicationStatus.Contracted, "reject")]
    public async Task A_move_the_lifecycle_does_not_allow_is_refused(ApplicationStatus status, string action)
    {
        await using var app = await AmudduApp.StartAsync();
        var (programme, application, _) = await app.SeedAsync(status);
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var committed = await app.CommittedAsync(programme.Id);

        var response = await officer.DecideAsync(application.Id, action, new { version = await app.VersionAsync(application.Id), reason = "Dossier incomplet." });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ProblemTypes.ApplicationTransitionRefused, problem.GetProperty("type").GetString());
        Assert.Equal(status, (await app.ApplicationAsync(application.Id)).Status);
        Assert.Equal(committed, await app.CommittedAsync(programme.Id));
        Assert.Empty(await app.AuditAsync(ApplicationAudit.StatusChanged));
    }

    [Theory]
    [InlineData(ApplicationStatus.UnderReview)]
    [InlineData(ApplicationStatus.EligibilityChecked)]
    public async Task An_officer_rejects_with_a_reason(ApplicationStatus status)
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, application, _) = await app.SeedAsync(status);
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var id = application.Id;

        var noReason = await (await officer.DecideAsync(id, "reject", new { reason = "  ", version = await app.VersionAsync(id) })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        await (await officer.DecideAsync(id, "reject", new { reason = "Formation hors programme.", version = 42 })).ProblemAsync(HttpStatusCode.Conflict);

        var rejected = await officer.DecideAsync(id, "reject", new { reason = "Formation hors programme.", version = await app.VersionAsync(id) });

        Assert.Equal("Rejected", (await rejected.JsonAsync()).GetProperty("status").GetString());
        var stored = await app.ApplicationAsync(id);
        Assert.Equal("Formation hors programme.", stored.DecisionNote);
        Assert.NotNull(stored.DecidedAt);
        Assert.Equal("application " + id + ": Rejected", Assert.Single(await app.AuditAsync(ApplicationAudit.StatusChanged)).Detail);
    }

    [Fact]
    public async Task Four_eyes_refuses_the_persons_counsellor_and_the_applications_author()
    {
        await using var app = await AmudduApp.StartAsync();
        var officerId = await app.UserIdAsync(Demo.Officer);
        var officer2Id = await app.UserIdAsync(Demo.Officer2);
        var (programme, application, personId) = await app.SeedAsync(ApplicationStatus.UnderReview);
        await app.QueryAsync(db => db.People.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.CounsellorId, officerId)));
        await app.QueryAsync(db => db.Applications.Where(a => a.Id == application.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedBy, officer2Id)));
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var officer2 = await app.ApiClientAsync(Demo.Officer2, "en");

        var counsellor = await (await officer.ApproveAsync(app, application.Id)).ProblemAsync(HttpStatusCode.Conflict);
        var author = await (await officer2.ApproveAsync(app, application.Id)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(ProblemTypes.FourEyes, counsellor.GetProperty("type").GetString());
        Assert.Contains("counsellor", counsellor.GetProperty("title").GetString());
        Assert.Equal(ProblemTypes.FourEyes, author.GetProperty("type").GetString());
        Assert.Contains("made this application", author.GetProperty("title").GetString());
        Assert.Equal(0, await app.QueryAsync(db => db.ApplicationApprovals.CountAsync()));
        Assert.Equal(0, await app.CommittedAsync(programme.Id));
        var decision = await officer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/applications/{application.Id}/decision");
        Assert.False(decision.GetProperty("mayApprove").GetBoolean());
        Assert.Contains("counsellor", decision.GetProperty("whyNotApprover").GetString());
    }

    [Fact]
    public async Task Counsellors_may_not_decide_and_other_organisations_do_not_see_the_application()
    {
        await using var app = await AmudduApp.StartAsync();
        var (client, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var (_, application, _) = await app.SeedAsync(ApplicationStatus.UnderReview, personId: personId);
        var id = application.Id;
        var version = await app.VersionAsync(id);
        var body = new { version, reason = "Motif", justification = "Une justification assez longue pour passer." };

        foreach (var action in new[] { "override", "review", "approve", "reject" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.DecideAsync(id, action, body)).StatusCode);
        }

        // An officer of another organisation: the NGO's programme and person are "not found" for ANAPEC's officers.
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor, "en");
        var ngoApplication = await OtherOrganisationApplicationAsync(app, ngo);
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        foreach (var action in new[] { "override", "review", "approve", "reject" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await officer.DecideAsync(ngoApplication, action, body)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/applications/{ngoApplication}/decision")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/applications/{ngoApplication}/scores")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/applications/{id}/decision")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/applications/{id}/scores")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await ngo.PutAsJsonAsync($"/api/v1/applications/{id}/scores", new { scores = Array.Empty<object>() })).StatusCode);
        Assert.Equal(ApplicationStatus.UnderReview, (await app.ApplicationAsync(id)).Status);
    }

    /// <summary>A programme of the NGO and an application of one of its people, written straight into the database.</summary>
    internal static async Task<Guid> OtherOrganisationApplicationAsync(AmudduApp app, HttpClient ngo)
    {
        var site = await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == Demo.NgoCounsellor).SiteId!.Value));
        var created = await ngo.PostAsJsonAsync("/api/v1/people", new
        {
            person = new { firstName = "Moussa", lastName = "Traoré", sex = "Male", dateOfBirth = "1990-01-01", nationalityCode = "ML", regionCode = "MA-04", city = "Rabat", heardFrom = "FriendOrFamily", siteId = site },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var personId = (await created.JsonAsync()).GetProperty("id").GetGuid();
        return await app.QueryAsync(async db =>
        {
            var ngoId = await db.Users.Where(u => u.Email == Demo.NgoCounsellor).Select(u => u.OrganisationId).SingleAsync();
            var programme = new Programme
            {
                OrganisationId = ngoId, Code = $"NGO-{Guid.NewGuid():N}"[..14], Name = "Programme de l'association", Kind = ProgrammeKind.TrainingGrant,
                Status = ProgrammeStatus.Open, Funder = "Fondation", BudgetCentimes = 100_000_00, StartsOn = app.Today.AddYears(-1), EndsOn = app.Today.AddYears(1),
                AmountPolicy = AmountPolicy.Fixed, AmountCentimes = 1_000_00,
            };
            var id = Guid.CreateVersion7();
            db.Programmes.Add(programme);
            db.Applications.Add(new SupportApplication
            {
                Id = id, Reference = ApplicationAccess.NewReference(id), ProgrammeId = programme.Id, OrganisationId = ngoId, PersonId = personId,
                Status = ApplicationStatus.UnderReview, Purpose = "Formation", StartsOn = app.Today.AddDays(7), RegionCode = "MA-04",
                RequestedCentimes = 1_000_00, IsEligible = true, DecideBy = app.Today.AddDays(3),
            });
            await db.SaveChangesAsync();
            return id;
        });
    }

    [Fact]
    public async Task A_ceiling_grant_takes_the_amount_granted_within_the_amount_requested()
    {
        await using var app = await AmudduApp.StartAsync();
        var (programme, application, _) = await app.SeedAsync(ApplicationStatus.UnderReview,
            programme: p => { p.AmountPolicy = AmountPolicy.Ceiling; p.AmountCentimes = 10_000_00; },
            application: a => a.RequestedCentimes = 8_000_00);
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var officer2 = await app.ApiClientAsync(Demo.Officer2, "en");
        var id = application.Id;

        foreach (var bad in new[] { -5m, 12.345m, 8_000.01m, 0m })
        {
            var problem = await (await officer.ApproveAsync(app, id, amount: bad)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("amount", out _), $"{bad}");
        }

        Assert.Equal(0, await app.QueryAsync(db => db.ApplicationApprovals.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await officer.ApproveAsync(app, id, amount: 7_000.50m)).StatusCode);
        var second = await officer2.ApproveAsync(app, id);

        Assert.Equal(7_000.50m, (await second.JsonAsync()).GetProperty("approved").GetDecimal());
        Assert.Equal(7_000_50, await app.CommittedAsync(programme.Id));
    }

    [Fact]
    public async Task Fixed_and_monthly_grants_take_no_amount_and_commit_the_whole_grant()
    {
        await using var app = await AmudduApp.StartAsync();
        var (fixedProgramme, fixedApplication, personId) = await app.SeedAsync(ApplicationStatus.UnderReview);
        var (monthly, monthlyApplication, _) = await app.SeedAsync(ApplicationStatus.UnderReview, ProgrammeKind.HiringIncentive,
            programme: p => { p.AmountPolicy = AmountPolicy.Monthly; p.AmountCentimes = 1_500_00; p.MaxMonths = 24; p.Tranches = []; },
            application: a => a.Months = 12, personId: personId);
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var officer2 = await app.ApiClientAsync(Demo.Officer2, "en");

        var amount = await (await officer.ApproveAsync(app, fixedApplication.Id, amount: 100m)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(amount.GetProperty("errors").TryGetProperty("amount", out _));
        foreach (var id in new[] { fixedApplication.Id, monthlyApplication.Id })
        {
            Assert.Equal(HttpStatusCode.OK, (await officer.ApproveAsync(app, id)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await officer2.ApproveAsync(app, id)).StatusCode);
        }

        Assert.Equal(5_000_00, await app.CommittedAsync(fixedProgramme.Id));
        Assert.Equal(18_000_00, await app.CommittedAsync(monthly.Id));
        Assert.Equal(18_000_00, (await app.ApplicationAsync(monthlyApplication.Id)).ApprovedCentimes);
    }

    [Fact]
    public async Task An_approval_over_the_budget_is_refused_naming_the_programme_and_what_is_left()
    {
        await using var app = await AmudduApp.StartAsync();
        var (programme, application, _) = await app.SeedAsync(ApplicationStatus.UnderReview, programme: p => { p.BudgetCentimes = 4_000_00; p.Name = "Bourses Taehil"; });
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var officer2 = await app.ApiClientAsync(Demo.Officer2, "en");
        await officer.ApproveAsync(app, application.Id);

        var problem = await (await officer2.ApproveAsync(app, application.Id)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(ProblemTypes.BudgetExceeded, problem.GetProperty("type").GetString());
        Assert.Contains("Bourses Taehil", problem.GetProperty("title").GetString());
        Assert.Contains("4,000.00 MAD", problem.GetProperty("title").GetString());
        var stored = await app.ApplicationAsync(application.Id);
        Assert.Equal(ApplicationStatus.UnderReview, stored.Status);
        Assert.Null(stored.ApprovedCentimes);
        Assert.Equal(1, await app.QueryAsync(db => db.ApplicationApprovals.CountAsync()));
        Assert.Equal(0, await app.CommittedAsync(programme.Id));
    }
}
