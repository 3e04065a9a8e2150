using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Amuddu.Web.Infrastructure;

public static class Conflicts
{
    public static Conflict<ProblemDetails> Of(string title) => TypedResults.Conflict(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Title = title,
        Type = ProblemTypes.Conflict,
    });
}
