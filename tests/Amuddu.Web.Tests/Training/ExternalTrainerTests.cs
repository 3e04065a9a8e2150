using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Training;

/// <summary>VDAB's expert sees the cycles he teaches, his sessions and their participants, records their attendance, and nothing more.</summary>
public sealed class ExternalTrainerTests(TrainingApp shared) : IClassFixture<TrainingApp>
{
    private AmudduApp App => shared.App;

    [Fact]
    public async Task An_external_trainer_sees_only_the_cycles_and_sessions_he_gives_and_records_their_attendance()
    {
        var trainer = await App.ApiClientAsync(CyclesTests.VdabTrainer, "en");
        var coordinator = await App.ApiClientAsync(CyclesTests.Coordinator, "en");
        var me = await App.QueryAsync(db => db.Users.Where(u => u.Email == CyclesTests.VdabTrainer).Select(u => u.Id).SingleAsync());

        // A cycle of the agency whose sessions someone else gives.
        var vdab = await App.QueryAsync(db => db.Organisations.Where(o => o.Name == DemoOrganisations.Vdab).Select(o => o.Id).SingleAsync());
        var created = await coordinator.PostAsJsonAsync("/api/v1/training/cycles", CyclesTests.CycleBody(vdab, App.Today, App.Today.AddMonths(1), 5, "Open"));
        var other = CyclesTests.Id(await created.Content.ReadFromJsonAsync<JsonElement>());

        var list = await trainer.GetFromJsonAsync<JsonElement>("/api/v1/training/cycles");
        var titles = list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
        Assert.Contains(DemoTraining.Cycle2020, titles);
        Assert.Equal(2, titles.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"/api/v1/training/cycles/{other}")).StatusCode);

        var current = list.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("status").GetString() == "Open").GetProperty("id").GetGuid();
        var cycle = await trainer.GetFromJsonAsync<JsonElement>($"/api/v1/training/cycles/{current}");
        Assert.All(cycle.GetProperty("sessions").EnumerateArray(),
            s => Assert.Contains(s.GetProperty("trainers").EnumerateArray(), t => t.GetProperty("id").GetGuid() == me));
        var participants = cycle.GetProperty("participants").EnumerateArray().ToList();
        Assert.All(participants, p => Assert.Equal("Enrolled", p.GetProperty("status").GetString()));
        Assert.Contains(participants, p => p.GetProperty("name").GetString() == "Youssef El Amrani" && p.GetProperty("agency").GetString() == DemoOrganisations.CasablancaAgency);
        Assert.DoesNotContain(participants, p => p.GetProperty("name").GetString() == "Nadia Tazi");
        Assert.False(cycle.GetProperty("manages").GetBoolean());

        // The session held five days ago, whose attendance is still to record.
        var toRecord = await App.QueryAsync(db => db.TrainingSessions.Where(s => s.CycleId == current && s.Status == TrainingSessionStatus.Planned
            && s.StartsAt < App.Clock.GetUtcNow()).Select(s => s.Id).SingleAsync());
        var sheet = await trainer.GetFromJsonAsync<JsonElement>($"/api/v1/training/sessions/{toRecord}");
        Assert.True(sheet.GetProperty("mayRecordAttendance").GetBoolean());
        var entries = sheet.GetProperty("attendance").EnumerateArray()
            .Select(a => new { participantId = a.GetProperty("participantId").GetGuid(), status = "Present", excuseReason = (string?)null }).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await trainer.PutAsJsonAsync($"/api/v1/training/sessions/{toRecord}/attendance", new { entries })).StatusCode);

        // Nothing of the coordinator's: no cycle set up, no nomination, no coverage, no change of what he teaches.
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PostAsJsonAsync("/api/v1/training/cycles", CyclesTests.CycleBody(vdab, App.Today, App.Today.AddDays(9), 5))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.PostAsJsonAsync($"/api/v1/training/cycles/{current}/participants", new { userId = me })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.GetAsync("/api/v1/training/coverage")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.PutAsJsonAsync($"/api/v1/training/cycles/{current}", new { cycle = new { }, version = 1 })).StatusCode);
        // Nor anyone's file.
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.GetAsync("/api/v1/people")).StatusCode);
    }

    [Fact]
    public async Task The_trainer_s_home_shows_his_next_sessions_and_the_session_page_takes_attendance()
    {
        var browser = App.CreateBrowser("fr");
        await App.WebSignInAsync(browser, CyclesTests.VdabTrainer);

        var home = await (await browser.GetAsync("/home")).ReadHtmlAsync();
        Assert.Contains("data-role=\"ExternalTrainer\"", home, StringComparison.Ordinal);
        Assert.Contains("id=\"training-next\"", home, StringComparison.Ordinal);
        var tomorrow = await App.QueryAsync(db => db.TrainingSessions.Where(s => s.StartsAt > App.Clock.GetUtcNow() && !s.IsCatchUp).OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync());
        Assert.Contains($"href=\"/training/sessions/{tomorrow}\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("/people", home, StringComparison.Ordinal);

        // He records attendance on a session of his, in the page: an excused absence needs its reason.
        var held = await App.QueryAsync(db => db.TrainingSessions.Where(s => s.Status == TrainingSessionStatus.Held && s.StartsAt > App.Clock.GetUtcNow().AddYears(-2))
            .OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync());
        var page = await (await browser.GetAsync($"/training/sessions/{held}")).ReadHtmlAsync();
        Assert.Contains("Youssef El Amrani", page, StringComparison.Ordinal);
        var count = await App.QueryAsync(db => db.TrainingAttendance.CountAsync(a => a.SessionId == held));
        var fields = new List<(string, string)>();
        for (var i = 0; i < count; i++)
        {
            fields.Add(($"Sheet.Statuses[{i}]", i == 0 ? "Excused" : "Present"));
        }

        var refused = await (await browser.SubmitFormAsync($"/training/sessions/{held}", "training-attendance", [.. fields])).ReadHtmlAsync();
        Assert.Contains("Une absence excusée doit avoir son motif.", refused, StringComparison.Ordinal);
        fields.Add(("Sheet.Reasons[0]", "Grève des transports"));
        var saved = await (await browser.SubmitFormAsync($"/training/sessions/{held}", "training-attendance", [.. fields])).ReadHtmlAsync();
        Assert.Contains("Présence enregistrée", saved, StringComparison.Ordinal);
        Assert.Equal(1, await App.QueryAsync(db => db.TrainingAttendance.CountAsync(a => a.SessionId == held && a.ExcuseReason == "Grève des transports")));
    }

    [Fact]
    public async Task The_coordinator_s_home_shows_the_next_sessions_the_attendance_to_record_and_the_waiting_list()
    {
        var browser = App.CreateBrowser("fr");
        await App.WebSignInAsync(browser, CyclesTests.Coordinator);

        var home = await (await browser.GetAsync("/home")).ReadHtmlAsync();
        var now = App.Clock.GetUtcNow();
        var (next, toRecord, waiting) = await App.QueryAsync(async db => (
            await db.TrainingSessions.CountAsync(s => s.Status == TrainingSessionStatus.Planned && s.StartsAt >= now),
            await db.TrainingSessions.CountAsync(s => s.Status == TrainingSessionStatus.Planned && s.StartsAt < now),
            await db.CycleParticipants.CountAsync(p => p.Status == ParticipantStatus.WaitingList)));
        Assert.Equal(2, waiting);
        Assert.Contains($"<section class=\"queue\" id=\"training-next\" aria-labelledby=\"training-next-title\" data-count=\"{next}\"", home, StringComparison.Ordinal);
        Assert.Contains($"id=\"training-to-record\" aria-labelledby=\"training-to-record-title\" data-count=\"{toRecord}\"", home, StringComparison.Ordinal);
        Assert.Contains($"<strong>{waiting}</strong> <span>en liste d'attente</span>", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/training/new\"", home, StringComparison.Ordinal);
    }
}
