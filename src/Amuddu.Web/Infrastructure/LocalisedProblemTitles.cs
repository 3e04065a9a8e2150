using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Infrastructure;

/// <summary>Gives the framework's bare problem responses (401, 403, 404, 500...) a title in the caller's language.</summary>
internal static class LocalisedProblemTitles
{
    private static readonly int[] Known = [400, 401, 403, 404, 405, 409, 415, 422, 423, 429, 500];

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

        // Only the framework's English reason phrases are replaced; our own titles are already localised.
        if (Known.Contains(status) && (problem.Title is null || problem.Title == ReasonPhrase(status) || status == 500))
        {
            problem.Title = text[$"Problem.{status}"];
        }
    }

    private static string? ReasonPhrase(int status) => status == 500
        ? "An error occurred while processing your request."
        : Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
