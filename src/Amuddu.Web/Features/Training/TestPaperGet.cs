using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>A participant opens a test of a module of their cycle: the questions in their language, without the answers.</summary>
public static class TestPaperGet
{
    public static async Task<Results<Ok<TestPaper>, NotFound>> Handle(
        Guid moduleId, TestKind test, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        await LoadAsync(db, staff, moduleId, test, cancellationToken) is { } paper ? TypedResults.Ok(paper) : TypedResults.NotFound();

    public static async Task<TestPaper?> LoadAsync(AmudduDbContext db, ICurrentStaff staff, Guid moduleId, TestKind test, CancellationToken cancellationToken)
    {
        var module = await db.TrainingModules.AsNoTracking().SingleOrDefaultAsync(m => m.Id == moduleId, cancellationToken);
        var participant = module is null ? null : await TestAccess.EnrolmentAsync(db, staff, module.CycleId, cancellationToken);
        if (participant is null)
        {
            return null;
        }

        var questions = await TestQuestions.LoadAsync(db, moduleId, test, cancellationToken);
        var attempts = await db.TestAttempts.AsNoTracking()
            .Where(a => a.ParticipantId == participant.Id && a.ModuleId == moduleId && a.Test == test)
            .OrderBy(a => a.SubmittedAt).Select(a => a.Percent).ToListAsync(cancellationToken);
        var canTake = questions.Count > 0 && (test == TestKind.Post || attempts.Count == 0);
        return new TestPaper(module!.Id, module.CycleId, module.Title, test, canTake, attempts.Count,
            attempts.Count > 0 ? attempts[^1] : null, attempts.Count > 0 ? attempts.Max() : null,
            [.. questions.Select(l => new PaperQuestion(l.Question.Id, l.Question.Number, l.Question.Kind, TestText.Of(l.Question),
                [.. l.Choices.Select(c => new PaperChoice(c.Id, TestText.Of(c)))]))]);
    }
}
