namespace Amuddu.Web.Features.Training;

/// <summary>
/// How a test is marked: a question counts when the set of choices ticked is exactly the set of right answers (so a
/// multiple-choice question with one right answer missing, or one wrong answer added, counts nothing); the score is
/// the share of questions that count, rounded to the nearest whole percent (half up).
/// </summary>
public static class TestScoring
{
    public sealed record Score(int Correct, int Total, int Percent);

    public static Score Mark(IReadOnlyList<TestQuestions.Loaded> questions, IReadOnlyDictionary<Guid, HashSet<Guid>> answers)
    {
        var correct = questions.Count(q => answers.TryGetValue(q.Question.Id, out var chosen)
            && chosen.SetEquals(q.Choices.Where(c => c.IsCorrect).Select(c => c.Id)));
        return new Score(correct, questions.Count, Percent(correct, questions.Count));
    }

    public static int Percent(int correct, int total) =>
        total == 0 ? 0 : (int)Math.Round(100m * correct / total, MidpointRounding.AwayFromZero);
}
