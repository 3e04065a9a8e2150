using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// A request body or parameter the API cannot read becomes a 400 validation problem that names
/// the field, in the caller's language, instead of an empty 400 (or worse, a 500).
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> text)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var field = FieldOf(bad);
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [field == "body" ? text["BodyUnreadable"] : text["FieldInvalid", field]],
        })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = text["ValidationTitle"],
        };
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    // "$.kind", "$.person.sex" or "$.roles[2]" from the JSON reader (kind, person.sex, roles); a parameter name from route or query binding.
    private static string FieldOf(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { Length: > 2 } path })
        {
            var name = path[2..];
            var cut = name.IndexOf('[', StringComparison.Ordinal);
            return cut > 0 ? name[..cut] : name;
        }

        // 'Failed to bind parameter "PathwayStage? Stage" from "x".': the parameter's name, as the query spells it.
        var message = exception.Message;
        var start = message.IndexOf('"', StringComparison.Ordinal);
        var end = start >= 0 ? message.IndexOf('"', start + 1) : -1;
        if (end <= start + 1 || message.Contains("JSON", StringComparison.Ordinal))
        {
            return "body";
        }

        var parameter = message[(start + 1)..end];
        return JsonNamingPolicy.CamelCase.ConvertName(parameter[(parameter.LastIndexOf(' ') + 1)..]);
    }
}
