using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Training;

public sealed class TrainingTestsApiTests
{
    [Fact]
    public async Task A_question_without_a_right_answer_two_right_answers_to_a_single_choice_or_a_true_false_without_two_choices_is_a_localised_400_naming_the_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var seed = await TrainingTestsSeed.CreateAsync(app);
        var coordinator = await app.ApiClientAsync(TrainingTestsSeed.Coordinator, "fr");
        var arabic = await app.ApiClientAsync(TrainingTestsSeed.Coordinator, "ar");
        var url = $"/api/v1/training/modules/{seed.ModuleIds[0]}/post-test/questions";
        object Question(string kind, params (string Text, bool Correct)[] choices) =>
            new { kind, textFr = "Question", choices = choices.Select(c => new { textFr = c.Text, correct = c.Correct }) };

        var noRight = await (await coordinator.PostAsJsonAsync(url, Question("SingleChoice", ("A", false), ("B", false)))).ProblemAsync(HttpStatusCode.BadRequest);
        var twoRight = await (await coordinator.PostAsJsonAsync(url, Question("SingleChoice", ("A", true), ("B", true)))).ProblemAsync(HttpStatusCode.BadRequest);
        var threeChoices = await (await coordinator.PostAsJsonAsync(url, Question("TrueFalse", ("Vrai", true), ("Faux", false), ("Peut-être", false))))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var noText = await (await coordinator.PostAsJsonAsync(url, new { kind = "MultipleChoice", choices = new[] { new { textFr = "", correct = true }, new { textFr = "B", correct = false } } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var inArabic = await (await arabic.PostAsJsonAsync(url, Question("SingleChoice", ("A", false), ("B", false)))).ProblemAsync(HttpStatusCode.BadRequest);
        var badKind = await coordinator.PostAsJsonAsync(url, new { kind = "Essay", textFr = "Question", choices = Array.Empty<object>() });

        Assert.Equal("Choix : indiquez au moins une bonne réponse.", noRight.GetProperty("errors").GetProperty("choices")[0].GetString());
        Assert.Equal("Choix : une question à choix unique ou vrai/faux n'a qu'une bonne réponse (2 indiquées).",
            twoRight.GetProperty("errors").GetProperty("choices")[0].GetString());
        Assert.Equal("Choix : une question vrai/faux a exactement deux choix (3 donnés).", threeChoices.GetProperty("errors").GetProperty("choices")[0].GetString());
        Assert.Contains("Question en français", noText.GetProperty("errors").GetProperty("textFr")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Choix en français", noText.GetProperty("errors").GetProperty("choices[0].textFr")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("الاختيارات: حدد جوابا صحيحا واحدا على الأقل.", inArabic.GetProperty("errors").GetProperty("choices")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.TestQuestions.CountAsync()));
    }

    [Fact]
    public async Task Tests_are_scored_single_multiple_and_true_false_with_a_multiple_choice_counting_only_when_exactly_right()
    {
        await using var app = await AmudduApp.StartAsync();
        var seed = await TrainingTestsSeed.CreateAsync(app);
        var coordinator = await app.ApiClientAsync(TrainingTestsSeed.Coordinator, "fr");
        var module = seed.ModuleIds[0];
        var pre = await TrainingTestsSeed.ThreeQuestionsAsync(coordinator, module, TestKind.Pre);
        var post = await TrainingTestsSeed.ThreeQuestionsAsync(coordinator, module, TestKind.Post);
        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "fr");

        // The paper carries no answer.
        var paper = await counsellor.GetStringAsync($"/api/v1/training/modules/{module}/post-test/paper");
        Assert.DoesNotContain("correct", paper, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Choix multiple", paper, StringComparison.Ordinal);

        // Pre-test: single right, multiple with one right missing (wrong), true/false right: 2 of 3.
        var preAttempt = await (await TrainingTestsSeed.AnswerAsync(counsellor, module, TestKind.Pre, pre, [1], [0], [0])).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        var again = await TrainingTestsSeed.AnswerAsync(counsellor, module, TestKind.Pre, pre, [1], [0, 2], [0]);
        // Post-test: multiple with a wrong one added (wrong), single wrong, true/false wrong: 0; then all right: 100; then 1 of 3.
        var zero = await (await TrainingTestsSeed.AnswerAsync(counsellor, module, TestKind.Post, post, [0], [0, 1, 2], [1])).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        var full = await (await TrainingTestsSeed.AnswerAsync(counsellor, module, TestKind.Post, post, [1], [2, 0], [0])).Content.ReadFromJsonAsync<JsonElement>(Http.Json);
        var third = await (await TrainingTestsSeed.AnswerAsync(counsellor, module, TestKind.Post, post, [1], [], [])).Content.ReadFromJsonAsync<JsonElement>(Http.Json);

        Assert.Equal(2, preAttempt.GetProperty("correct").GetInt32());
        Assert.Equal(67, preAttempt.GetProperty("percent").GetInt32());
        Assert.Equal("Le test d'entrée se passe une seule fois, et vous l'avez passé.", (await again.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString());
        Assert.Equal(0, zero.GetProperty("percent").GetInt32());
        Assert.Equal(100, full.GetProperty("percent").GetInt32());
        Assert.Equal(33, third.GetProperty("percent").GetInt32());
        Assert.Equal(100, third.GetProperty("bestPercent").GetInt32());
        Assert.Equal(4, await app.QueryAsync(db => db.TestAttempts.CountAsync()));
        var scores = await app.QueryAsync(db => new AttemptPostTestScores().BestPostTestPercentAsync(db, seed.Participants[Demo.Counsellor], module, default));
        Assert.Equal(100, scores);
    }

    [Fact]
    public async Task Bad_answers_are_400_and_staff_outside_the_cycle_get_not_found()
    {
        await using var app = await AmudduApp.StartAsync();
        var seed = await TrainingTestsSeed.CreateAsync(app, "Cycle", Demo.Counsellor);
        var coordinator = await app.ApiClientAsync(TrainingTestsSeed.Coordinator, "fr");
        var module = seed.ModuleIds[0];
        var post = await TrainingTestsSeed.ThreeQuestionsAsync(coordinator, module, TestKind.Post);
        var other = await TrainingTestsSeed.ThreeQuestionsAsync(coordinator, seed.ModuleIds[1], TestKind.Post);
        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "fr");
        var outsider = await app.ApiClientAsync(Demo.SelfEmployment, "fr");
        var otherOrganisation = await app.ApiClientAsync(Demo.NgoAdmin, "fr");

        var twoOnSingle = await (await TrainingTestsSeed.AnswerAsync(counsellor, module, TestKind.Post, post, [0, 1], [0], [0])).ProblemAsync(HttpStatusCode.BadRequest);
        var foreignChoice = await (await counsellor.PostAsJsonAsync($"/api/v1/training/modules/{module}/post-test/attempts", new
        {
            answers = new[] { new { questionId = post.Questions[0], choiceIds = new[] { other.Choices[0][1] } } },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        var outsiderPaper = await outsider.GetAsync($"/api/v1/training/modules/{module}/post-test/paper");
        var outsiderAttempt = await TrainingTestsSeed.AnswerAsync(outsider, module, TestKind.Post, post, [1], [0, 2], [0]);
        var counsellorEditing = await counsellor.GetAsync($"/api/v1/training/modules/{module}/post-test");
        var otherAdmin = await otherOrganisation.GetAsync($"/api/v1/training/modules/{module}/post-test");

        Assert.Equal("Réponse à la question 1 : un seul choix possible.", twoOnSingle.GetProperty("errors").GetProperty("answers[0].choiceIds")[0].GetString());
        Assert.Equal("Réponse à la question 1 : ce choix n'est pas un des choix de la question.",
            foreignChoice.GetProperty("errors").GetProperty("answers[0].choiceIds")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, outsiderPaper.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsiderAttempt.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, counsellorEditing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherAdmin.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.TestAttempts.CountAsync()));
    }

    [Fact]
    public async Task Gains_show_post_minus_pre_per_participant_and_the_average_per_agency_with_its_count()
    {
        await using var app = await AmudduApp.StartAsync();
        var seed = await TrainingTestsSeed.CreateAsync(app);
        var coordinator = await app.ApiClientAsync(TrainingTestsSeed.Coordinator, "fr");
        var module = seed.ModuleIds[0];
        var pre = await TrainingTestsSeed.ThreeQuestionsAsync(coordinator, module, TestKind.Pre);
        var post = await TrainingTestsSeed.ThreeQuestionsAsync(coordinator, module, TestKind.Post);
        // Casablanca: the counsellor 33 → 100 (+67), the agent 0 → 67 (+67); Rabat: the self-employment counsellor 67, no post-test.
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        var agent = await app.ApiClientAsync(TrainingTestsSeed.Agent);
        var rabat = await app.ApiClientAsync(Demo.SelfEmployment);
        await TrainingTestsSeed.AnswerAsync(counsellor, module, TestKind.Pre, pre, [1], [], []);
        await TrainingTestsSeed.AnswerAsync(counsellor, module, TestKind.Post, post, [0], [], []);
        await TrainingTestsSeed.AnswerAsync(counsellor, module, TestKind.Post, post, [1], [0, 2], [0]);
        await TrainingTestsSeed.AnswerAsync(agent, module, TestKind.Pre, pre, [0], [], [1]);
        await TrainingTestsSeed.AnswerAsync(agent, module, TestKind.Post, post, [1], [0, 2], [1]);
        await TrainingTestsSeed.AnswerAsync(rabat, module, TestKind.Pre, pre, [1], [0, 2], [1]);

        var gains = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/training/cycles/{seed.CycleId}/gains", Http.Json);
        var counsellorOnly = await counsellor.GetAsync($"/api/v1/training/cycles/{seed.CycleId}/gains");

        var people = gains.GetProperty("participants").EnumerateArray().ToDictionary(p => p.GetProperty("participantId").GetGuid());
        var youssef = people[seed.Participants[Demo.Counsellor]].GetProperty("modules")[0];
        Assert.Equal(33, youssef.GetProperty("pre").GetInt32());
        Assert.Equal(100, youssef.GetProperty("post").GetInt32());
        Assert.Equal(67, youssef.GetProperty("gain").GetInt32());
        var nadia = people[seed.Participants[Demo.SelfEmployment]].GetProperty("modules")[0];
        Assert.Equal(JsonValueKind.Null, nadia.GetProperty("gain").ValueKind);
        var agencies = gains.GetProperty("agencies").EnumerateArray().ToDictionary(a => a.GetProperty("agency").GetString()!);
        var casablanca = agencies.Single(a => a.Key.Contains("Casablanca", StringComparison.Ordinal)).Value;
        Assert.Equal(2, casablanca.GetProperty("participants").GetInt32());
        Assert.Equal(2, casablanca.GetProperty("modules")[0].GetProperty("withBoth").GetInt32());
        Assert.Equal(16.5m, casablanca.GetProperty("modules")[0].GetProperty("averagePre").GetDecimal());
        Assert.Equal(83.5m, casablanca.GetProperty("modules")[0].GetProperty("averagePost").GetDecimal());
        Assert.Equal(67m, casablanca.GetProperty("modules")[0].GetProperty("averageGain").GetDecimal());
        var rabatAgency = agencies.Single(a => a.Key.Contains("Rabat", StringComparison.Ordinal)).Value;
        Assert.Equal(0, rabatAgency.GetProperty("modules")[0].GetProperty("withBoth").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, counsellorOnly.StatusCode);
    }

    [Fact]
    public async Task Satisfaction_answers_are_kept_apart_from_who_answered_once_and_the_report_names_nobody()
    {
        await using var app = await AmudduApp.StartAsync();
        var seed = await TrainingTestsSeed.CreateAsync(app);
        var session = seed.SessionIds[0];
        var url = $"/api/v1/training/sessions/{session}/satisfaction";
        var counsellor = await app.ApiClientAsync(Demo.Counsellor, "fr");
        var agent = await app.ApiClientAsync(TrainingTestsSeed.Agent, "fr");
        var outsider = await app.ApiClientAsync(Demo.NgoCounsellor, "fr");

        var outOfRange = await (await counsellor.PostAsJsonAsync(url, new { rating = 6, comment = "Trop" })).ProblemAsync(HttpStatusCode.BadRequest);
        var first = await counsellor.PostAsJsonAsync(url, new { rating = 5, comment = "Très concret, merci." });
        var twice = await counsellor.PostAsJsonAsync(url, new { rating = 1, comment = "Encore" });
        var second = await agent.PostAsJsonAsync(url, new { rating = 3, comment = (string?)null });
        var notInCycle = await outsider.PostAsJsonAsync(url, new { rating = 4 });

        Assert.Equal("Votre satisfaction : une note de 1 à 5.", outOfRange.GetProperty("errors").GetProperty("rating")[0].GetString());
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notInCycle.StatusCode);

        var coordinator = await app.ApiClientAsync(TrainingTestsSeed.Coordinator, "fr");
        var json = await coordinator.GetStringAsync($"/api/v1/training/cycles/{seed.CycleId}/satisfaction");
        var report = JsonDocument.Parse(json).RootElement;
        var bySession = report.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == session);
        Assert.Equal(2, bySession.GetProperty("answers").GetInt32());
        Assert.Equal(4m, bySession.GetProperty("average").GetDecimal());
        Assert.Equal([0, 0, 1, 0, 1], bySession.GetProperty("distribution").EnumerateArray().Select(d => d.GetInt32()));
        Assert.Equal(["Très concret, merci."], bySession.GetProperty("comments").EnumerateArray().Select(c => c.GetString()));
        var byModule = report.GetProperty("modules")[0];
        Assert.Equal(2, byModule.GetProperty("answers").GetInt32());

        // Anonymous: no participant's id, user id or name anywhere in the report; the stored answer carries none either.
        var users = await app.QueryAsync(db => db.Users.Where(u => u.Email == Demo.Counsellor || u.Email == TrainingTestsSeed.Agent)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync());
        foreach (var id in seed.Participants.Values.Select(v => v.ToString()).Concat(users.Select(u => u.Id.ToString())))
        {
            Assert.DoesNotContain(id, json, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var name in users.Select(u => u.DisplayName))
        {
            Assert.DoesNotContain(name, json, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("participant", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await app.QueryAsync(db => db.SatisfactionReceipts.CountAsync(r => r.SessionId == session)));
        var columns = typeof(SatisfactionAnswer).GetProperties().Select(p => p.Name).ToList();
        Assert.Equal(["Id", "SessionId", "ModuleId", "CycleId", "Rating", "Comment"], columns);
    }
}
