using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Training;

/// <summary>
/// A cycle of ANAPEC delivered by VDAB, written straight to the database: two modules with one held session each,
/// and the given staff enrolled and present at both. The tests, questionnaires and certificates are then driven
/// through the API and the pages.
/// </summary>
public sealed record TrainingTestsSeed(Guid CycleId, Guid[] ModuleIds, Guid[] SessionIds, Dictionary<string, Guid> Participants)
{
    public static readonly string Coordinator = $"trainer@{DemoAccounts.Domain}";
    public static readonly string Agent = $"agent@{DemoAccounts.Domain}";

    public static async Task<TrainingTestsSeed> CreateAsync(AmudduApp app, string title = "Cycle 2020 – accueil", params string[] participants)
    {
        if (participants.Length == 0)
        {
            participants = [Demo.Counsellor, Demo.SelfEmployment, Agent];
        }

        return await app.QueryAsync(async db =>
        {
            var anapec = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Anapec);
            var vdab = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Vdab);
            var coordinator = await db.Users.SingleAsync(u => u.Email == Coordinator);
            var today = app.Today;
            var cycle = new TrainingCycle
            {
                OrganisationId = anapec.Id, DeliveredById = vdab.Id, Title = title, StartsOn = today.AddDays(-30), EndsOn = today.AddDays(30),
                Capacity = 20, Status = CycleStatus.Open,
            };
            db.TrainingCycles.Add(cycle);
            var modules = new[]
            {
                new TrainingModule { CycleId = cycle.Id, Number = 1, Title = "Interculturalité", DurationHours = 6, Theme = ModuleTheme.Interculturality },
                new TrainingModule { CycleId = cycle.Id, Number = 2, Title = "Accueil, positionnement, suivi", DurationHours = 6, Theme = ModuleTheme.FaceToFaceServices },
            };
            db.TrainingModules.AddRange(modules);
            var sessions = modules.Select((m, i) => new TrainingSession
            {
                ModuleId = m.Id, CycleId = cycle.Id, StartsAt = app.Clock.GetUtcNow().AddDays(-10 + i), DurationMinutes = 180, Place = "Agence de Casablanca",
                Capacity = 20, Status = TrainingSessionStatus.Held,
            }).ToArray();
            db.TrainingSessions.AddRange(sessions);
            var seats = new Dictionary<string, Guid>();
            foreach (var email in participants)
            {
                var user = await db.Users.SingleAsync(u => u.Email == email);
                var participant = new CycleParticipant
                {
                    CycleId = cycle.Id, UserId = user.Id, NominatedBy = coordinator.Id, NominatedAt = app.Clock.GetUtcNow().AddDays(-40),
                    Status = ParticipantStatus.Enrolled,
                };
                db.CycleParticipants.Add(participant);
                seats[email] = participant.Id;
                foreach (var s in sessions)
                {
                    db.TrainingAttendance.Add(new TrainingAttendance { SessionId = s.Id, ParticipantId = participant.Id, Status = AttendanceStatus.Present });
                }
            }

            await db.SaveChangesAsync();
            return new TrainingTestsSeed(cycle.Id, [.. modules.Select(m => m.Id)], [.. sessions.Select(s => s.Id)], seats);
        });
    }

    /// <summary>
    /// For the isolation matrix: the agency's training objects on this part's routes (a cycle, its module and session,
    /// a test question, a certificate), made once on the database when there is no cycle yet.
    /// </summary>
    public static async Task<Dictionary<string, Guid>> OwnedForIsolationAsync(AmudduDbContext db, DateTimeOffset now)
    {
        if (!await db.TrainingCycles.AnyAsync())
        {
            var anapec = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Anapec);
            var vdab = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.Vdab);
            var counsellor = await db.Users.SingleAsync(u => u.Email == Demo.Counsellor);
            var cycle = new TrainingCycle
            {
                OrganisationId = anapec.Id, DeliveredById = vdab.Id, Title = "Cycle (isolation)", StartsOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-30)),
                EndsOn = DateOnly.FromDateTime(now.UtcDateTime), Capacity = 10, Status = CycleStatus.Open,
            };
            var module = new TrainingModule { CycleId = cycle.Id, Number = 1, Title = "Module (isolation)", Theme = ModuleTheme.Interculturality };
            var session = new TrainingSession { ModuleId = module.Id, CycleId = cycle.Id, StartsAt = now.AddDays(-10), DurationMinutes = 60, Capacity = 10, Status = TrainingSessionStatus.Held };
            var participant = new CycleParticipant
            {
                CycleId = cycle.Id, UserId = counsellor.Id, NominatedBy = counsellor.Id, NominatedAt = now.AddDays(-40), Status = ParticipantStatus.Enrolled, CompletedAt = now,
            };
            var question = new TestQuestion { ModuleId = module.Id, CycleId = cycle.Id, Test = TestKind.Post, Number = 1, Kind = QuestionKind.TrueFalse, TextFr = "Vrai ?" };
            db.AddRange(cycle, module, session, participant, question);
            db.TestChoices.AddRange(
                new TestChoice { QuestionId = question.Id, Number = 1, TextFr = "Vrai", IsCorrect = true },
                new TestChoice { QuestionId = question.Id, Number = 2, TextFr = "Faux" });
            db.TrainingCertificates.Add(new TrainingCertificate
            {
                CycleId = cycle.Id, ParticipantId = participant.Id, UserId = counsellor.Id, HolderName = counsellor.DisplayName, Code = CertificateCodes.New(),
                IssuedAt = now, IssuedBy = counsellor.Id,
            });
            await db.SaveChangesAsync();
        }

        return new Dictionary<string, Guid>
        {
            ["TrainingCycle"] = await db.TrainingCycles.Select(c => c.Id).FirstAsync(),
            ["TrainingModule"] = await db.TrainingModules.Select(m => m.Id).FirstAsync(),
            ["TrainingSession"] = await db.TrainingSessions.Select(s => s.Id).FirstAsync(),
            ["TestQuestion"] = await db.TestQuestions.Select(q => q.Id).FirstAsync(),
            ["TrainingCertificate"] = await db.TrainingCertificates.Select(c => c.Id).FirstAsync(),
        };
    }

    /// <summary>Adds a question through the API as the coordinator; returns the test as the API answers.</summary>
    public static async Task<JsonElement> AddQuestionAsync(HttpClient coordinator, Guid moduleId, TestKind test, QuestionKind kind, string text,
        params (string Text, bool Correct)[] choices)
    {
        var response = await coordinator.PostAsJsonAsync($"/api/v1/training/modules/{moduleId}/{TestRoutes.Segment(test)}/questions", new
        {
            kind = kind.ToString(), textFr = text, textAr = "سؤال " + text, textEn = "Q " + text,
            choices = choices.Select(c => new { textFr = c.Text, textAr = (string?)null, textEn = c.Text + " (en)", correct = c.Correct }),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Http.Json);
    }

    /// <summary>A three-question test: single choice (B right), multiple choice (A and C right), true/false (Vrai right).</summary>
    public static async Task<TestKey> ThreeQuestionsAsync(HttpClient coordinator, Guid moduleId, TestKind test)
    {
        await AddQuestionAsync(coordinator, moduleId, test, QuestionKind.SingleChoice, "Choix unique", ("A", false), ("B", true), ("C", false));
        await AddQuestionAsync(coordinator, moduleId, test, QuestionKind.MultipleChoice, "Choix multiple", ("A", true), ("B", false), ("C", true));
        var last = await AddQuestionAsync(coordinator, moduleId, test, QuestionKind.TrueFalse, "Vrai ou faux", ("Vrai", true), ("Faux", false));
        var questions = last.GetProperty("questions").EnumerateArray().ToList();
        Guid Choice(int q, int c) => questions[q].GetProperty("choices")[c].GetProperty("id").GetGuid();
        return new TestKey(
            [.. questions.Select(q => q.GetProperty("id").GetGuid())],
            [[Choice(0, 0), Choice(0, 1), Choice(0, 2)], [Choice(1, 0), Choice(1, 1), Choice(1, 2)], [Choice(2, 0), Choice(2, 1)]]);
    }

    /// <summary>Posts answers: for each question, the indexes of the choices ticked.</summary>
    public static Task<HttpResponseMessage> AnswerAsync(HttpClient participant, Guid moduleId, TestKind test, TestKey key, params int[][] ticked) =>
        participant.PostAsJsonAsync($"/api/v1/training/modules/{moduleId}/{TestRoutes.Segment(test)}/attempts", new
        {
            answers = ticked.Select((t, q) => new { questionId = key.Questions[q], choiceIds = t.Select(c => key.Choices[q][c]) }),
        });
}

public sealed record TestKey(Guid[] Questions, Guid[][] Choices);
