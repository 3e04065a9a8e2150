using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Training;

/// <summary>Cycles, modules, sessions, nominations with their waiting list, attendance and completion, through the API.</summary>
public sealed class CyclesTests(TrainingApp shared) : IClassFixture<TrainingApp>
{
    private AmudduApp App => shared.App;

    public static readonly string Coordinator = $"trainer@{DemoAccounts.Domain}";
    public static readonly string VdabTrainer = $"vdab-trainer@{DemoAccounts.Domain}";

    [Fact]
    public async Task Bad_input_gets_a_localised_400_naming_each_field_and_a_stale_change_a_409()
    {
        var coordinator = await App.ApiClientAsync(Coordinator, "en");
        var vdab = await OrganisationAsync(DemoOrganisations.Vdab);

        var bad = await coordinator.PostAsJsonAsync("/api/v1/training/cycles", new
        {
            title = "", deliveredById = vdab, startsOn = "2026-06-30", endsOn = "2026-01-01", capacity = 0,
            minAttendancePercent = 120, minPostTestPercent = -1, targetRoles = new[] { "Wizard" },
        });
        var problem = await bad.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("The cycle cannot end before it starts.", errors.GetProperty("endsOn")[0].GetString());
        Assert.Equal("Minimum attendance (%) must be between 0 and 100.", errors.GetProperty("minAttendancePercent")[0].GetString());
        Assert.Contains("Minimum post-test score", errors.GetProperty("minPostTestPercent")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Seats", errors.GetProperty("capacity")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("targetRoles", out _));

        // In French too.
        var french = await App.ApiClientAsync(Coordinator, "fr");
        var frenchProblem = await (await french.PostAsJsonAsync("/api/v1/training/cycles", new { title = "X", deliveredById = vdab, startsOn = "2026-06-30", endsOn = "2026-01-01", capacity = 5 }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("La fin du cycle ne peut pas précéder son début.", frenchProblem.GetProperty("errors").GetProperty("endsOn")[0].GetString());

        var cycle = await CreateCycleAsync(coordinator, App.Today.AddMonths(-1), App.Today.AddMonths(2), capacity: 10);
        var version = cycle.GetProperty("version").GetInt64();
        var input = CycleBody(vdab, App.Today.AddMonths(-1), App.Today.AddMonths(3), 12, "Open");
        var changed = await coordinator.PutAsJsonAsync($"/api/v1/training/cycles/{Id(cycle)}", new { cycle = input, version });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(12, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("capacity").GetInt32());
        var stale = await coordinator.PutAsJsonAsync($"/api/v1/training/cycles/{Id(cycle)}", new { cycle = input, version });
        await stale.ProblemAsync(HttpStatusCode.Conflict);

        // Only the coordinator sets cycles up; another organisation's staff do not even see them.
        var counsellor = await App.ApiClientAsync(Demo.Counsellor, "en");
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PostAsJsonAsync("/api/v1/training/cycles", input)).StatusCode);
        var stranger = await App.ApiClientAsync(Demo.NgoCounsellor, "en");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/training/cycles/{Id(cycle)}")).StatusCode);
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == TrainingAudit.CycleSaved && a.Detail == "updated"
            && a.Subject == TrainingAudit.Cycle(Id(cycle)))));
    }

    [Fact]
    public async Task A_session_outside_the_cycle_or_with_a_trainer_who_may_not_give_it_is_refused_and_the_enrolled_get_a_reminder()
    {
        var coordinator = await App.ApiClientAsync(Coordinator, "en");
        var cycle = await CreateCycleAsync(coordinator, App.Today.AddDays(-10), App.Today.AddDays(60), capacity: 5);
        var module = await AddModuleAsync(coordinator, Id(cycle), "Accueil", "FaceToFaceServices");
        var expert = await UserAsync(VdabTrainer);
        var youssef = await UserAsync(Demo.Counsellor);
        var participant = await NominateAsync(coordinator, Id(cycle), youssef);
        Assert.Equal("Enrolled", participant.GetProperty("status").GetString());

        var outside = await coordinator.PostAsJsonAsync($"/api/v1/training/modules/{module}/sessions",
            SessionBody(SiteTime.FromLocal(App.Today.AddDays(61), new TimeOnly(9, 0)), expert));
        var problem = await outside.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("The session must take place during the cycle", problem.GetProperty("errors").GetProperty("startsAt")[0].GetString(), StringComparison.Ordinal);

        // A counsellor of the organisation is no trainer unless certified in the cycle for a session of their region.
        var notTrainer = await coordinator.PostAsJsonAsync($"/api/v1/training/modules/{module}/sessions",
            SessionBody(SiteTime.FromLocal(App.Today.AddDays(5), new TimeOnly(9, 0)), youssef));
        Assert.True((await notTrainer.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("trainerIds", out _));

        var noPlace = await coordinator.PostAsJsonAsync($"/api/v1/training/modules/{module}/sessions",
            new { startsAt = SiteTime.FromLocal(App.Today.AddDays(5), new TimeOnly(9, 0)), durationMinutes = 5, capacity = 10, trainerIds = new[] { expert } });
        var noPlaceErrors = (await noPlace.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(noPlaceErrors.TryGetProperty("place", out _));
        Assert.True(noPlaceErrors.TryGetProperty("durationMinutes", out _));

        var startsAt = SiteTime.FromLocal(App.Today.AddDays(5), new TimeOnly(9, 0));
        var created = await coordinator.PostAsJsonAsync($"/api/v1/training/modules/{module}/sessions", SessionBody(startsAt, expert));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var session = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pieter Janssens", session.GetProperty("trainers")[0].GetProperty("name").GetString());

        var messages = await App.QueryAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Subject == TrainingMessages.Subject(Id(participant))).ToListAsync());
        Assert.Contains(messages, m => m.TemplateKey == TrainingMessages.Invitation);
        var reminder = Assert.Single(messages, m => m.TemplateKey == TrainingMessages.Reminder);
        Assert.Equal(startsAt.AddDays(-1), reminder.DueAt);

        // A certified participant may give a session in their own region (cascade).
        await coordinator.PutAsJsonAsync($"/api/v1/training/participants/{Id(participant)}/certified-trainer", new { isCertifiedTrainer = true });
        var casablanca = await App.QueryAsync(db => db.Sites.Where(s => s.Name == DemoOrganisations.CasablancaAgency).Select(s => s.Id).SingleAsync());
        var rabat = await App.QueryAsync(db => db.Sites.Where(s => s.Name == DemoOrganisations.RabatAgency).Select(s => s.Id).SingleAsync());
        var cascade = await coordinator.PostAsJsonAsync($"/api/v1/training/modules/{module}/sessions",
            new { startsAt = startsAt.AddDays(7), durationMinutes = 180, siteId = casablanca, capacity = 10, trainerIds = new[] { youssef } });
        Assert.Equal(HttpStatusCode.Created, cascade.StatusCode);
        var elsewhere = await coordinator.PostAsJsonAsync($"/api/v1/training/modules/{module}/sessions",
            new { startsAt = startsAt.AddDays(8), durationMinutes = 180, siteId = rabat, capacity = 10, trainerIds = new[] { youssef } });
        await elsewhere.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Beyond_the_capacity_nominees_wait_in_line_and_a_withdrawal_gives_the_first_in_line_the_seat()
    {
        var coordinator = await App.ApiClientAsync(Coordinator, "en");
        var cycle = await CreateCycleAsync(coordinator, App.Today, App.Today.AddMonths(3), capacity: 2);
        var emails = new[] { Demo.Counsellor, Demo.SelfEmployment, Demo.NewCounsellor, $"agent@{DemoAccounts.Domain}" };
        var participants = new List<JsonElement>();
        foreach (var email in emails)
        {
            participants.Add(await NominateAsync(coordinator, Id(cycle), await UserAsync(email)));
            App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(["Enrolled", "Enrolled", "WaitingList", "WaitingList"], participants.Select(p => p.GetProperty("status").GetString()));
        Assert.Equal(1, participants[2].GetProperty("waitingPosition").GetInt32());
        Assert.Equal(2, participants[3].GetProperty("waitingPosition").GetInt32());
        var again = await coordinator.PostAsJsonAsync($"/api/v1/training/cycles/{Id(cycle)}/participants", new { userId = await UserAsync(Demo.Counsellor) });
        await again.ProblemAsync(HttpStatusCode.Conflict);

        var withdrawn = await coordinator.PostAsync($"/api/v1/training/participants/{Id(participants[0])}/withdraw", null);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var after = (await (await coordinator.GetAsync($"/api/v1/training/cycles/{Id(cycle)}")).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("participants").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetGuid(), p => p.GetProperty("status").GetString());
        Assert.Equal("Withdrawn", after[Id(participants[0])]);
        Assert.Equal("Enrolled", after[Id(participants[2])]);
        Assert.Equal("WaitingList", after[Id(participants[3])]);
        // The one who got the seat is invited; the one who left gets nothing more.
        Assert.True(await App.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Subject == TrainingMessages.Subject(Id(participants[2]))
            && m.TemplateKey == TrainingMessages.Invitation)));

        // A manager nominates the people they manage, and no one else.
        var youssef = await UserAsync(Demo.Counsellor);
        var ines = await UserAsync(Demo.NewCounsellor);
        await App.QueryAsync(db => db.Users.Where(u => u.Id == ines).ExecuteUpdateAsync(s => s.SetProperty(u => u.ManagerId, youssef)));
        var manager = await App.ApiClientAsync(Demo.Counsellor, "en");
        var notMine = await manager.PostAsJsonAsync($"/api/v1/training/cycles/{Id(cycle)}/participants", new { userId = await UserAsync(Demo.Officer) });
        Assert.True((await notMine.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("userId", out _));
        var withdrawIne = await coordinator.PostAsync($"/api/v1/training/participants/{Id(participants[2])}/withdraw", null);
        Assert.Equal(HttpStatusCode.OK, withdrawIne.StatusCode);
        var mine = await manager.PostAsJsonAsync($"/api/v1/training/cycles/{Id(cycle)}/participants", new { userId = ines });
        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        // Back at the end of the line.
        Assert.Equal("WaitingList", (await mine.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Attendance_settles_each_module_and_the_cycle_and_a_post_test_below_the_rule_undoes_the_module()
    {
        var coordinator = await App.ApiClientAsync(Coordinator, "en");
        var cycle = await CreateCycleAsync(coordinator, App.Today.AddDays(-30), App.Today.AddDays(30), capacity: 5);
        var one = await AddModuleAsync(coordinator, Id(cycle), "Interculturalité", "Interculturality");
        var two = await AddModuleAsync(coordinator, Id(cycle), "Accueil", "FaceToFaceServices");
        var expert = await UserAsync(VdabTrainer);
        var first = await AddSessionAsync(coordinator, one, App.Today.AddDays(-20), expert);
        var second = await AddSessionAsync(coordinator, two, App.Today.AddDays(-10), expert);
        var a = Id(await NominateAsync(coordinator, Id(cycle), await UserAsync(Demo.Counsellor)));
        var b = Id(await NominateAsync(coordinator, Id(cycle), await UserAsync(Demo.SelfEmployment)));

        var excusedWithoutReason = await coordinator.PutAsJsonAsync($"/api/v1/training/sessions/{first}/attendance",
            new { entries = new[] { new { participantId = a, status = "Excused", excuseReason = (string?)null } } });
        Assert.True((await excusedWithoutReason.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("entries[0].excuseReason", out _));

        Assert.Equal(HttpStatusCode.OK, (await RecordAsync(coordinator, first, (a, "Present", null), (b, "Present", null))).StatusCode);
        // One module of two held: nobody completed the cycle yet.
        Assert.Null(await CompletedAtAsync(a));
        Assert.Equal(HttpStatusCode.OK, (await RecordAsync(coordinator, second, (a, "Present", null), (b, "Excused", "Malade"))).StatusCode);

        Assert.Equal([App.Today.AddDays(-20), App.Today.AddDays(-10)], await CompletionsAsync(a));
        Assert.NotNull(await CompletedAtAsync(a));
        Assert.Equal([App.Today.AddDays(-20)], await CompletionsAsync(b));
        Assert.Null(await CompletedAtAsync(b));

        // A catch-up session attended makes up for the excused one.
        var catchUp = await AddSessionAsync(coordinator, two, App.Today.AddDays(-2), expert, catchUp: true);
        Assert.Equal(HttpStatusCode.OK, (await RecordAsync(coordinator, catchUp, (b, "Present", null))).StatusCode);
        Assert.Equal([App.Today.AddDays(-20), App.Today.AddDays(-2)], await CompletionsAsync(b));
        Assert.NotNull(await CompletedAtAsync(b));

        // Marked absent after all: the module and the cycle are undone.
        Assert.Equal(HttpStatusCode.OK, (await RecordAsync(coordinator, catchUp, (b, "Absent", null))).StatusCode);
        Assert.Equal([App.Today.AddDays(-20)], await CompletionsAsync(b));
        Assert.Null(await CompletedAtAsync(b));

        // The post-test hook: a module whose post-test the participant did not pass is not complete, nor is the cycle.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            await TrainingCompletion.RecomputeAsync(db, new Scores(two, 40), a, CancellationToken.None);
        }

        Assert.Equal([App.Today.AddDays(-20)], await CompletionsAsync(a));
        Assert.Null(await CompletedAtAsync(a));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmudduDbContext>();
            await TrainingCompletion.RecomputeAsync(db, new Scores(two, 75), a, CancellationToken.None);
        }

        Assert.Equal([App.Today.AddDays(-20), App.Today.AddDays(-10)], await CompletionsAsync(a));
        Assert.NotNull(await CompletedAtAsync(a));

        // A session to come takes no attendance yet.
        var future = await AddSessionAsync(coordinator, two, App.Today.AddDays(3), expert);
        await (await RecordAsync(coordinator, future, (a, "Present", null))).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Materials_are_versioned_per_language_and_downloaded_from_the_page_with_the_browser_session()
    {
        var coordinator = await App.ApiClientAsync(Coordinator, "en");
        var cycle = await CreateCycleAsync(coordinator, App.Today, App.Today.AddMonths(2), capacity: 5);
        var module = await AddModuleAsync(coordinator, Id(cycle), "Système multi-acteurs", "MultiActorSystem");

        var v1 = await UploadAsync(coordinator, module, "fr", "support.pdf", "%PDF-1.4 first"u8.ToArray());
        var v2 = await UploadAsync(coordinator, module, "fr", "support.pdf", "%PDF-1.4 second"u8.ToArray());
        var arabic = await UploadAsync(coordinator, module, "ar", "dalil.pdf", "%PDF-1.4 arabic"u8.ToArray());
        Assert.Equal(HttpStatusCode.Created, v1.StatusCode);
        var (first, second, ar) = (await v1.Content.ReadFromJsonAsync<JsonElement>(), await v2.Content.ReadFromJsonAsync<JsonElement>(), await arabic.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(1, first.GetProperty("versionNumber").GetInt32());
        Assert.Equal(2, second.GetProperty("versionNumber").GetInt32());
        Assert.Equal(1, ar.GetProperty("versionNumber").GetInt32());

        var badLanguage = await UploadAsync(coordinator, module, "de", "x.pdf", "%PDF-1.4"u8.ToArray());
        Assert.True((await badLanguage.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("language", out _));
        var notAFile = await UploadAsync(coordinator, module, "en", "x.exe", "MZ"u8.ToArray());
        Assert.Equal("The file must be a real PDF, a JPEG or PNG image, or a Word, PowerPoint or Excel document (.docx, .pptx, .xlsx).",
            (await notAFile.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file")[0].GetString());

        // The old version stays downloadable.
        Assert.Equal("%PDF-1.4 first"u8.ToArray(), await coordinator.GetByteArrayAsync($"/api/v1/training/materials/{Id(first)}"));

        // The cycle's page links to the page route, which answers the browser's session (the API would not).
        var browser = App.CreateBrowser("fr");
        await App.WebSignInAsync(browser, Coordinator);
        var page = await (await browser.GetAsync($"/training/{Id(cycle)}")).ReadHtmlAsync();
        Assert.Contains($"href=\"/training/materials/{Id(first)}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/training/materials/{Id(second)}\"", page, StringComparison.Ordinal);
        // And to the cycle's tests, gains, questionnaires and certificates (with the funder's export).
        foreach (var part in new[] { "tests", "gains", "satisfaction", "certificates" })
        {
            Assert.Contains($"href=\"/training/cycles/{Id(cycle)}/{part}\"", page, StringComparison.Ordinal);
        }
        var download = await browser.GetAsync($"/training/materials/{Id(second)}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("%PDF-1.4 second"u8.ToArray(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync($"/api/v1/training/materials/{Id(second)}")).StatusCode);
        var stranger = await App.ApiClientAsync(Demo.NgoCounsellor, "en");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/training/materials/{Id(second)}")).StatusCode);
    }

    [Fact]
    public async Task Coverage_shows_who_completed_which_module_and_the_share_per_agency()
    {
        var coordinator = await App.ApiClientAsync(Coordinator, "en");
        var coverage = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/training/coverage?page=1");
        var youssef = await UserAsync(Demo.Counsellor);
        var rows = await AllRowsAsync(coordinator, coverage);
        var row = rows.Single(r => r.GetProperty("userId").GetGuid() == youssef);
        // Module 3 of the cycle in progress, eight months before today: what the before/after view compares around.
        Assert.Equal(App.Today.AddMonths(-8).ToString("yyyy-MM-dd"), row.GetProperty("completed").GetProperty("FaceToFaceServices").GetString());
        var selfEmployment = await UserAsync(Demo.SelfEmployment);
        var nadia = rows.Single(r => r.GetProperty("userId").GetGuid() == selfEmployment);
        Assert.Equal(3, nadia.GetProperty("needs").GetArrayLength());

        // The share per agency, counted independently.
        var expected = await App.QueryAsync(async db =>
        {
            var site = await db.Sites.SingleAsync(s => s.Name == DemoOrganisations.CasablancaAgency);
            var roles = await db.Roles.Where(r => r.Name == "Counsellor" || r.Name == "SelfEmploymentCounsellor").Select(r => r.Id).ToListAsync();
            var counsellors = await db.Users.Where(u => u.SiteId == site.Id && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roles.Contains(ur.RoleId)))
                .Select(u => u.Id).ToListAsync();
            var done = await db.ModuleCompletions.Where(c => counsellors.Contains(c.UserId))
                .Join(db.TrainingModules.Where(m => m.Theme == ModuleTheme.FaceToFaceServices), c => c.ModuleId, m => m.Id, (c, m) => c.UserId)
                .Distinct().CountAsync();
            return (counsellors.Count, done);
        });
        var casablanca = coverage.GetProperty("agencies").EnumerateArray().Single(g => g.GetProperty("name").GetString() == DemoOrganisations.CasablancaAgency);
        Assert.Equal(expected.Count, casablanca.GetProperty("counsellors").GetInt32());
        var faceToFace = casablanca.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("theme").GetString() == "FaceToFaceServices");
        Assert.Equal(expected.done, faceToFace.GetProperty("completed").GetInt32());
        Assert.True(expected.done >= 2, "Youssef and Samira at least");

        var analyst = await App.ApiClientAsync(Demo.Analyst, "en");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/v1/training/coverage")).StatusCode);
        var counsellor = await App.ApiClientAsync(Demo.Counsellor, "en");
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.GetAsync("/api/v1/training/coverage")).StatusCode);

        var browser = App.CreateBrowser("fr");
        await App.WebSignInAsync(browser, Coordinator);
        var page = await (await browser.GetAsync("/training/coverage")).ReadHtmlAsync();
        Assert.Contains("Youssef El Amrani", page, StringComparison.Ordinal);
        Assert.Contains($"{expected.done} sur {expected.Count}", page, StringComparison.Ordinal);
    }

    private static async Task<List<JsonElement>> AllRowsAsync(HttpClient client, JsonElement first)
    {
        var rows = first.GetProperty("items").EnumerateArray().ToList();
        for (var page = 2; page <= first.GetProperty("pageCount").GetInt32(); page++)
        {
            rows.AddRange((await client.GetFromJsonAsync<JsonElement>($"/api/v1/training/coverage?page={page}")).GetProperty("items").EnumerateArray());
        }

        return rows;
    }

    private sealed class Scores(Guid moduleId, int best) : IPostTestScores
    {
        public Task<int?> BestPostTestPercentAsync(AmudduDbContext db, Guid participantId, Guid module, CancellationToken cancellationToken) =>
            Task.FromResult<int?>(module == moduleId ? best : null);
    }

    public static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    public Task<Guid> UserAsync(string email) => App.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public Task<Guid> OrganisationAsync(string name) => App.QueryAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private Task<List<DateOnly>> CompletionsAsync(Guid participant) =>
        App.QueryAsync(db => db.ModuleCompletions.Where(c => c.ParticipantId == participant).OrderBy(c => c.CompletedOn).Select(c => c.CompletedOn).ToListAsync());

    private Task<DateTimeOffset?> CompletedAtAsync(Guid participant) =>
        App.QueryAsync(db => db.CycleParticipants.Where(p => p.Id == participant).Select(p => p.CompletedAt).SingleAsync());

    public static object CycleBody(Guid deliveredBy, DateOnly from, DateOnly to, int capacity, string status = "Draft") => new
    {
        title = $"Cycle {Guid.NewGuid():N}", deliveredById = deliveredBy, startsOn = from, endsOn = to, capacity,
        minAttendancePercent = 80, minPostTestPercent = 60, targetRoles = new[] { "Counsellor" }, status,
    };

    public async Task<JsonElement> CreateCycleAsync(HttpClient coordinator, DateOnly from, DateOnly to, int capacity)
    {
        var response = await coordinator.PostAsJsonAsync("/api/v1/training/cycles", CycleBody(await OrganisationAsync(DemoOrganisations.Vdab), from, to, capacity, "Open"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<Guid> AddModuleAsync(HttpClient coordinator, Guid cycle, string title, string theme)
    {
        var response = await coordinator.PostAsJsonAsync($"/api/v1/training/cycles/{cycle}/modules", new { title, durationHours = 6, theme, objectives = "Un\nDeux" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Id(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static object SessionBody(DateTimeOffset startsAt, Guid trainer) =>
        new { startsAt, durationMinutes = 180, place = "Agence Casablanca Maârif", capacity = 20, trainerIds = new[] { trainer } };

    public static async Task<Guid> AddSessionAsync(HttpClient coordinator, Guid module, DateOnly day, Guid trainer, bool catchUp = false)
    {
        var response = await coordinator.PostAsJsonAsync($"/api/v1/training/modules/{module}/sessions",
            new { startsAt = SiteTime.FromLocal(day, new TimeOnly(9, 0)), durationMinutes = 180, place = "Rabat", capacity = 20, isCatchUp = catchUp, trainerIds = new[] { trainer } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Id(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<JsonElement> NominateAsync(HttpClient coordinator, Guid cycle, Guid user)
    {
        var response = await coordinator.PostAsJsonAsync($"/api/v1/training/cycles/{cycle}/participants", new { userId = user });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> RecordAsync(HttpClient client, Guid session, params (Guid Participant, string Status, string? Reason)[] marks) =>
        client.PutAsJsonAsync($"/api/v1/training/sessions/{session}/attendance",
            new { entries = marks.Select(m => new { participantId = m.Participant, status = m.Status, excuseReason = m.Reason }).ToArray() });

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid module, string language, string name, byte[] content)
    {
        var form = new MultipartFormDataContent { { new StringContent(language), "language" }, { new ByteArrayContent(content), "file", name } };
        return client.PostAsync($"/api/v1/training/modules/{module}/materials", form);
    }
}
