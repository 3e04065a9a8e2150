using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Amuddu.Web.Components.Shared;

/// <summary>Lets a page run the same use-case handler as the API and show its outcome beside the form.</summary>
public static class HandlerResults
{
    public static IDictionary<string, string[]>? Errors(IResult result) =>
        result is ValidationProblem problem ? problem.ProblemDetails.Errors : null;

    public static string? Problem(IResult result) => result switch
    {
        ProblemHttpResult problem => problem.ProblemDetails.Title,
        _ => null,
    };
}
