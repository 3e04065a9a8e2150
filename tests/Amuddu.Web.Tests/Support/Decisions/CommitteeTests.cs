using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support.Decisions;

public sealed class CommitteeTests
{
    private static void Grid(Programme p)
    {
        p.Name = "Coopératives solidaires";
        p.AmountPolicy = AmountPolicy.Ceiling;
        p.AmountCentimes = 30_000_00;
        p.ScoringGrid =
        [
            new() { Code = "MOTIVATION", Label = "Motivation", MaxPoints = 20 },
            new() { Code = "MARKET", Label = "Market", MaxPoints = 30 },
            new() { Code = "FINANCES", Label = "Finances", MaxPoints = 50 },
        ];
        p.PassMark = 60;
    }

    private static object Sheet(int motivation, int market, int finances, string? comment = null) => new
    {
        scores = new[] { new { code = "MOTIVATION", points = motivation }, new { code = "MARKET", points = market }, new { code = "FINANCES", points = finances } },
        comment,
    };

    private static Task<HttpResponseMessage> ScoreAsync(HttpClient client, Guid id, object sheet) =>
        client.PutAsJsonAsync($"/api/v1/applications/{id}/scores", sheet);

    [Fact]
    public async Task The_committee_scores_meets_and_only_then_are_the_two_approvals_possible()
    {
        await using var app = await AmudduApp.StartAsync();
        var (programme, application, personId) = await app.SeedAsync(ApplicationStatus.UnderReview, ProgrammeKind.SelfEmploymentGrant, Grid,
            a => a.RequestedCentimes = 25_000_00);
        var id = application.Id;
        var officer = await app.ApiClientAsync(Demo.Officer, "en");
        var officer2 = await app.ApiClientAsync(Demo.Officer2, "en");
        var selfEmployment = await app.ApiClientAsync(Demo.SelfEmployment, "en");
        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "en");

        Assert.Equal(HttpStatusCode.Forbidden, (await ScoreAsync(counsellor, id, Sheet(10, 10, 10))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ScoreAsync(selfEmployment, id, Sheet(10, 10, 10, "Marché peu étudié"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ScoreAsync(officer, id, Sheet(15, 20, 20))).StatusCode);

        var noMeeting = await (await officer.ApproveAsync(app, id)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("committee meeting", noMeeting.GetProperty("title").GetString());

        var meeting = await officer.PostAsJsonAsync("/api/v1/applications/committee-meetings", new
        {
            programmeId = programme.Id, heldOn = app.Today.ToString("yyyy-MM-dd"), place = "Agence de Rabat",
            memberIds = new[] { await app.UserIdAsync(Demo.Officer), await app.UserIdAsync(Demo.SelfEmployment) },
            externalMembers = "M. Bennis (Chambre de commerce)", minutes = "Trois projets examinés; un ajourné.",
            applications = new[] { new { applicationId = id, conditions = "Formation en gestion avant le premier versement." } },
        });
        Assert.Equal(HttpStatusCode.Created, meeting.StatusCode);
        var meetingId = (await meeting.JsonAsync()).GetProperty("id").GetGuid();
        var read = await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/applications/committee-meetings/{meetingId}");
        Assert.Equal(id, read.GetProperty("applications")[0].GetProperty("id").GetGuid());
        Assert.Equal(2, read.GetProperty("members").GetArrayLength());
        Assert.Single(await app.AuditAsync(ApplicationAudit.CommitteeMeetingRecorded));

        // Average (30 + 55) / 2 = 42.5, under the pass mark of 60.
        var below = await (await officer.ApproveAsync(app, id)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("42.5", below.GetProperty("title").GetString());
        Assert.Contains("60", below.GetProperty("title").GetString());

        // A member replaces their sheet until the decision: (70 + 95) / 2 = 82.5.
        Assert.Equal(HttpStatusCode.OK, (await ScoreAsync(selfEmployment, id, Sheet(15, 25, 30))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ScoreAsync(officer, id, Sheet(20, 30, 45))).StatusCode);
        var scores = await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}/scores");
        Assert.Equal(2, scores.GetProperty("sheets").GetArrayLength());
        Assert.Equal(82.5m, scores.GetProperty("average").GetDecimal());
        Assert.Equal(60, scores.GetProperty("passMark").GetInt32());
        Assert.True(scores.GetProperty("passes").GetBoolean());
        Assert.Equal(2, await app.QueryAsync(db => db.CommitteeScores.CountAsync()));
        Assert.Equal(4, (await app.AuditAsync(ApplicationAudit.CommitteeScored)).Count);
        Assert.Equal(4, await app.QueryAsync(db => db.ApplicationEvents.CountAsync(e => e.Kind == ApplicationEventKind.CommitteeScored)));

        Assert.Equal(HttpStatusCode.OK, (await officer.ApproveAsync(app, id, amount: 20_000m)).StatusCode);
        var decided = await officer2.ApproveAsync(app, id);
        Assert.Equal("Approved", (await decided.JsonAsync()).GetProperty("status").GetString());
        var stored = await app.ApplicationAsync(id);
        Assert.Equal(meetingId, stored.CommitteeMeetingId);
        Assert.Equal("Formation en gestion avant le premier versement.", stored.DecisionConditions);
        Assert.Equal(20_000_00, stored.ApprovedCentimes);
        Assert.Equal(20_000_00, await app.CommittedAsync(programme.Id));

        // Decided: the sheets are closed.
        await (await ScoreAsync(officer2, id, Sheet(1, 1, 1))).ProblemAsync(HttpStatusCode.Conflict);
        _ = personId;
    }

    [Fact]
    public async Task A_score_sheet_scores_every_criterion_once_within_its_points()
    {
        await using var app = await AmudduApp.StartAsync();
        var (_, application, personId) = await app.SeedAsync(ApplicationStatus.EligibilityChecked, ProgrammeKind.SelfEmploymentGrant, Grid);
        var officer = await app.ApiClientAsync(Demo.Officer, "en");

        async Task<JsonElement> ErrorsAsync(object sheet) =>
            (await (await ScoreAsync(officer, application.Id, sheet)).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");

        var unknown = await ErrorsAsync(new { scores = new[] { new { code = "LUCK", points = 5 }, new { code = "MOTIVATION", points = 5 } } });
        Assert.True(unknown.TryGetProperty("scores[0]", out _));
        Assert.Contains("Market", unknown.GetProperty("scores")[0].GetString());
        var twice = await ErrorsAsync(new
        {
            scores = new[] { new { code = "MOTIVATION", points = 5 }, new { code = "MOTIVATION", points = 6 }, new { code = "MARKET", points = 1 }, new { code = "FINANCES", points = 1 } },
        });
        Assert.True(twice.TryGetProperty("scores[1]", out _));
        var over = await ErrorsAsync(Sheet(21, 10, 10));
        Assert.True(over.TryGetProperty("scores[0]", out _));
        var negative = await ErrorsAsync(Sheet(10, -1, 10));
        Assert.True(negative.TryGetProperty("scores[1]", out _));
        var missing = await ErrorsAsync(new { scores = Array.Empty<object>() });
        Assert.True(missing.TryGetProperty("scores", out _));
        Assert.Equal(0, await app.QueryAsync(db => db.CommitteeScores.CountAsync()));

        // The person's own counsellor does not sit in judgement of their project.
        var selfEmploymentId = await app.UserIdAsync(Demo.SelfEmployment);
        await app.QueryAsync(db => db.People.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.CounsellorId, selfEmploymentId)));
        var selfEmployment = await app.ApiClientAsync(Demo.SelfEmployment, "en");
        var own = await (await ScoreAsync(selfEmployment, application.Id, Sheet(10, 10, 10))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("counsellor", own.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Only_self_employment_applications_are_scored_and_a_meeting_is_checked_field_by_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var (training, trainingApplication, personId) = await app.SeedAsync(ApplicationStatus.UnderReview);
        var (programme, approved, _) = await app.SeedAsync(ApplicationStatus.Approved, ProgrammeKind.SelfEmploymentGrant, Grid, personId: personId);
        var officer = await app.ApiClientAsync(Demo.Officer, "en");

        await (await ScoreAsync(officer, trainingApplication.Id, Sheet(1, 1, 1))).ProblemAsync(HttpStatusCode.Conflict);

        var empty = (await (await officer.PostAsJsonAsync("/api/v1/applications/committee-meetings", new { }))
            .ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        foreach (var field in new[] { "programmeId", "heldOn", "place", "minutes", "memberIds", "applications" })
        {
            Assert.True(empty.TryGetProperty(field, out _), field);
        }

        var ngoCounsellor = await app.UserIdAsync(Demo.NgoCounsellor);
        var bad = (await (await officer.PostAsJsonAsync("/api/v1/applications/committee-meetings", new
        {
            programmeId = training.Id, heldOn = app.Today.AddDays(1).ToString("yyyy-MM-dd"), place = "Rabat", minutes = "PV",
            memberIds = new[] { await app.UserIdAsync(Demo.Officer), ngoCounsellor },
            applications = new[] { new { applicationId = approved.Id, conditions = (string?)null } },
        })).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(bad.TryGetProperty("programmeId", out _));
        Assert.True(bad.TryGetProperty("heldOn", out _));
        Assert.True(bad.TryGetProperty("memberIds[1]", out _));
        Assert.True(bad.TryGetProperty("applications[0].applicationId", out _));

        var decided = (await (await officer.PostAsJsonAsync("/api/v1/applications/committee-meetings", new
        {
            programmeId = programme.Id, heldOn = app.Today.ToString("yyyy-MM-dd"), place = "Rabat", minutes = "PV",
            memberIds = new[] { await app.UserIdAsync(Demo.Officer) },
            applications = new[] { new { applicationId = approved.Id, conditions = (string?)null } },
        })).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains(approved.Reference, decided.GetProperty("applications[0].applicationId")[0].GetString());
        Assert.Equal(0, await app.QueryAsync(db => db.CommitteeMeetings.CountAsync()));

        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "en");
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PostAsJsonAsync("/api/v1/applications/committee-meetings", new { })).StatusCode);
        var ngo = await app.ApiClientAsync(Demo.NgoCounsellor, "en");
        var meetingId = await app.QueryAsync(async db =>
        {
            var meeting = new CommitteeMeeting { ProgrammeId = programme.Id, OrganisationId = programme.OrganisationId, HeldOn = app.Today, Place = "Rabat", Minutes = "PV" };
            db.CommitteeMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/applications/committee-meetings/{meetingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/applications/committee-meetings/{meetingId}")).StatusCode);
    }
}

public sealed class CommitteeMeetingPageTests
{
    [Fact]
    public async Task An_officer_records_a_meeting_through_the_page_and_a_bad_post_keeps_what_was_typed()
    {
        await using var app = await AmudduApp.StartAsync();
        var (programme, application, _) = await app.SeedAsync(ApplicationStatus.UnderReview, ProgrammeKind.SelfEmploymentGrant, p => p.Name = "Coopératives solidaires");
        var officerId = await app.UserIdAsync(Demo.Officer);
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Officer);
        const string page = "/applications/committee-meetings/new";

        var bad = await browser.SubmitFormAsync(page, "committee-meeting",
            ("Meeting.ProgrammeId", programme.Id.ToString()), ("Meeting.Minutes", "Projet de couture examiné."), ("Meeting.Members[" + officerId + "]", "true"));
        var html = await bad.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Place is required", html);
        Assert.Contains("Projet de couture examiné.</textarea>", html);
        Assert.Equal(0, await app.QueryAsync(db => db.CommitteeMeetings.CountAsync()));

        var saved = await browser.SubmitFormAsync(page, "committee-meeting",
            ("Meeting.ProgrammeId", programme.Id.ToString()), ("Meeting.HeldOn", app.Today.ToString("yyyy-MM-dd")), ("Meeting.Place", "Agence de Rabat"),
            ("Meeting.Minutes", "Projet de couture examiné."), ("Meeting.Members[" + officerId + "]", "true"),
            ("Meeting.Examined[" + application.Id + "]", "true"), ("Meeting.Conditions[" + application.Id + "]", "Suivi mensuel la première année."));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var meeting = await app.QueryAsync(db => db.CommitteeMeetings.SingleAsync());
        Assert.Equal($"/applications/committee-meetings/{meeting.Id}", saved.Target());
        Assert.Equal([officerId], meeting.MemberIds);
        var stored = await app.ApplicationAsync(application.Id);
        Assert.Equal(meeting.Id, stored.CommitteeMeetingId);
        Assert.Equal("Suivi mensuel la première année.", stored.DecisionConditions);
        var record = await (await browser.GetAsync(saved.Target())).ReadHtmlAsync();
        Assert.Contains("Coopératives solidaires", record);
        Assert.Contains(application.Reference, record);
        Assert.Contains("Karim Alaoui", record);

        var counsellor = app.CreateBrowser("en");
        await app.WebSignInAsync(counsellor, Demo.Counsellor);
        Assert.NotEqual(HttpStatusCode.OK, (await counsellor.GetAsync(page)).StatusCode);
    }
}
