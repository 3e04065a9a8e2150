using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// The coordinator adds a question to a module's pre-test or post-test. Refused with the field named: no right
/// answer, two right answers to a single-choice question, a true/false question without exactly two choices.
/// </summary>
public static class TestAddQuestion
{
    public static async Task<Results<Created<TestResponse>, ValidationProblem, NotFound>> Handle(
        Guid moduleId, TestKind test, TestQuestionInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (await TestAccess.CoordinatedModuleAsync(db, staff, moduleId, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var errors = request.Validate(text);
        var count = await db.TestQuestions.CountAsync(q => q.ModuleId == moduleId && q.Test == test, cancellationToken);
        if (count >= TestLimits.MaxQuestions)
        {
            errors.Add("kind", text["Test.TooManyQuestions", TestLimits.MaxQuestions]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var number = count == 0 ? 1 : await db.TestQuestions.Where(q => q.ModuleId == moduleId && q.Test == test).MaxAsync(q => q.Number, cancellationToken) + 1;
        var question = new TestQuestion
        {
            ModuleId = moduleId, CycleId = found.Cycle.Id, Test = test, Number = number, Kind = request.Kind!.Value,
            TextFr = request.TextFr!.Trim(), TextAr = Trimmed(request.TextAr), TextEn = Trimmed(request.TextEn),
        };
        db.TestQuestions.Add(question);
        var n = 1;
        foreach (var c in request.Choices!)
        {
            db.TestChoices.Add(new TestChoice
            {
                QuestionId = question.Id, Number = n++, TextFr = c.TextFr!.Trim(), TextAr = Trimmed(c.TextAr), TextEn = Trimmed(c.TextEn), IsCorrect = c.Correct,
            });
        }

        audit.Add(db, TestAudit.QuestionAdded, staff.UserId, staff.OrganisationId, TestAudit.ModuleSubject(moduleId), $"{test} {question.Id}");
        await db.SaveChangesAsync(cancellationToken);
        var response = TestQuestions.Response(found.Module, test, await TestQuestions.LoadAsync(db, moduleId, test, cancellationToken));
        return TypedResults.Created($"/api/v1/training/modules/{moduleId}/{TestRoutes.Segment(test)}", response);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
