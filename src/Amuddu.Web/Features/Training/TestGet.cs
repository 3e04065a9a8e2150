using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amuddu.Web.Features.Training;

/// <summary>The coordinator reads a module's pre-test or post-test with its right answers.</summary>
public static class TestGet
{
    public static async Task<Results<Ok<TestResponse>, NotFound>> Handle(
        Guid moduleId, TestKind test, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        if (await TestAccess.CoordinatedModuleAsync(db, staff, moduleId, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(TestQuestions.Response(found.Module, test, await TestQuestions.LoadAsync(db, moduleId, test, cancellationToken)));
    }
}
