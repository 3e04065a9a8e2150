using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// A participant hands in a test: scored at once. The pre-test is taken once (a second attempt is a 409); the
/// post-test as often as needed, every attempt kept and the best counting for completion, which is settled again
/// after each post-test.
/// </summary>
public static class TestSubmit
{
    public static async Task<Results<Created<AttemptResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid moduleId, TestKind test, AttemptInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IPostTestScores scores, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var module = await db.TrainingModules.AsNoTracking().SingleOrDefaultAsync(m => m.Id == moduleId, cancellationToken);
        var participant = module is null ? null : await TestAccess.EnrolmentAsync(db, staff, module.CycleId, cancellationToken);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        var questions = await TestQuestions.LoadAsync(db, moduleId, test, cancellationToken);
        if (questions.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict, title: text["Test.NoQuestions"]);
        }

        if (test == TestKind.Pre && await db.TestAttempts.AnyAsync(a => a.ParticipantId == participant.Id && a.ModuleId == moduleId && a.Test == TestKind.Pre, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict, title: text["Test.PreTestTaken"]);
        }

        var errors = new ValidationErrors(text);
        var byId = questions.ToDictionary(q => q.Question.Id);
        var answers = new Dictionary<Guid, HashSet<Guid>>();
        var answered = request.Answers ?? [];
        for (var i = 0; i < answered.Count; i++)
        {
            var a = answered[i];
            if (!byId.TryGetValue(a.QuestionId, out var q) || answers.ContainsKey(a.QuestionId))
            {
                errors.Add($"answers[{i}].questionId", text["Test.UnknownQuestion", text["Test.Field.Question"]]);
                continue;
            }

            var chosen = (a.ChoiceIds ?? []).ToHashSet();
            if (!chosen.IsSubsetOf(q.Choices.Select(c => c.Id)))
            {
                errors.Add($"answers[{i}].choiceIds", text["Test.UnknownChoice", text["Test.Field.Answer"], q.Question.Number]);
            }
            else if (q.Question.Kind != QuestionKind.MultipleChoice && chosen.Count > 1)
            {
                errors.Add($"answers[{i}].choiceIds", text["Test.OneChoiceOnly", text["Test.Field.Answer"], q.Question.Number]);
            }

            answers[a.QuestionId] = chosen;
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var score = TestScoring.Mark(questions, answers);
        var now = clock.GetUtcNow();
        var attempt = new TestAttempt
        {
            ParticipantId = participant.Id, ModuleId = moduleId, CycleId = module!.CycleId, Test = test,
            Correct = score.Correct, Total = score.Total, Percent = score.Percent, SubmittedAt = now,
            ChoiceIds = [.. answers.Values.SelectMany(c => c)],
        };
        db.TestAttempts.Add(attempt);
        audit.Add(db, TestAudit.TestSubmitted, staff.UserId, staff.OrganisationId, TestAudit.ModuleSubject(moduleId), $"{test} {score.Percent}%");
        await db.SaveChangesAsync(cancellationToken);

        var best = await db.TestAttempts.Where(a => a.ParticipantId == participant.Id && a.ModuleId == moduleId && a.Test == test)
            .MaxAsync(a => a.Percent, cancellationToken);
        if (test == TestKind.Post)
        {
            // A passed post-test may complete the module, and the cycle.
            await TrainingCompletion.RecomputeAsync(db, scores, participant.Id, cancellationToken);
        }

        return TypedResults.Created($"/api/v1/training/modules/{moduleId}/{TestRoutes.Segment(test)}/attempts",
            new AttemptResponse(attempt.Id, test, score.Correct, score.Total, score.Percent, best, now));
    }
}
