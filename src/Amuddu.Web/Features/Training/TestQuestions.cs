using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>A test's questions with their choices, in order: what the editor, the paper and the scoring read.</summary>
public static class TestQuestions
{
    public sealed record Loaded(TestQuestion Question, List<TestChoice> Choices);

    public static async Task<List<Loaded>> LoadAsync(AmudduDbContext db, Guid moduleId, TestKind test, CancellationToken cancellationToken)
    {
        var questions = await db.TestQuestions.AsNoTracking()
            .Where(q => q.ModuleId == moduleId && q.Test == test).OrderBy(q => q.Number).ToListAsync(cancellationToken);
        var ids = questions.Select(q => q.Id).ToList();
        var choices = (await db.TestChoices.AsNoTracking().Where(c => ids.Contains(c.QuestionId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.QuestionId);
        return [.. questions.Select(q => new Loaded(q, [.. choices[q.Id].OrderBy(c => c.Number)]))];
    }

    public static TestResponse Response(TrainingModule module, TestKind test, List<Loaded> questions) =>
        new(module.Id, module.CycleId, module.Title, test, [.. questions.Select(l => new TestQuestionResponse(
            l.Question.Id, l.Question.Number, l.Question.Kind, l.Question.TextFr, l.Question.TextAr, l.Question.TextEn,
            [.. l.Choices.Select(c => new TestChoiceResponse(c.Id, c.Number, c.TextFr, c.TextAr, c.TextEn, c.IsCorrect))]))]);
}
