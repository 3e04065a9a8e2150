namespace Amuddu.Web.Features.Training;

/// <summary>A test as the coordinator sees it: every question with its texts and its right answers.</summary>
public sealed record TestResponse(Guid ModuleId, Guid CycleId, string ModuleTitle, TestKind Test, List<TestQuestionResponse> Questions);

public sealed record TestQuestionResponse(
    Guid Id, int Number, QuestionKind Kind, string TextFr, string? TextAr, string? TextEn, List<TestChoiceResponse> Choices);

public sealed record TestChoiceResponse(Guid Id, int Number, string TextFr, string? TextAr, string? TextEn, bool Correct);

/// <summary>
/// A test as a participant takes it: the questions in the reader's language without the answers, whether they may
/// take it (once for the pre-test) and their results so far.
/// </summary>
public sealed record TestPaper(
    Guid ModuleId, Guid CycleId, string ModuleTitle, TestKind Test, bool CanTake, int Attempts, int? LastPercent, int? BestPercent,
    List<PaperQuestion> Questions);

public sealed record PaperQuestion(Guid Id, int Number, QuestionKind Kind, string Text, List<PaperChoice> Choices);

public sealed record PaperChoice(Guid Id, string Text);

public sealed record AttemptResponse(Guid Id, TestKind Test, int Correct, int Total, int Percent, int BestPercent, DateTimeOffset SubmittedAt);

/// <summary>One question answered: the choices ticked (one for single choice and true/false).</summary>
public sealed record AnswerInput(Guid QuestionId, List<Guid>? ChoiceIds);

public sealed record AttemptInput(List<AnswerInput>? Answers);
