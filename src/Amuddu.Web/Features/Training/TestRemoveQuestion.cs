using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>The coordinator removes a question; attempts already scored keep their score.</summary>
public static class TestRemoveQuestion
{
    public static async Task<Results<NoContent, NotFound>> Handle(
        Guid moduleId, TestKind test, Guid questionId, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await TestAccess.CoordinatedModuleAsync(db, staff, moduleId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var question = await db.TestQuestions.SingleOrDefaultAsync(q => q.Id == questionId && q.ModuleId == moduleId && q.Test == test, cancellationToken);
        if (question is null)
        {
            return TypedResults.NotFound();
        }

        db.TestQuestions.Remove(question);
        audit.Add(db, TestAudit.QuestionRemoved, staff.UserId, staff.OrganisationId, TestAudit.ModuleSubject(moduleId), $"{test} {question.Id}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
