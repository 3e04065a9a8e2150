using Microsoft.AspNetCore.Http.HttpResults;

namespace Amuddu.Web.Infrastructure;

public static class Conflicts
{
    public static ProblemHttpResult Of(string title) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, type: ProblemTypes.Conflict);
}
