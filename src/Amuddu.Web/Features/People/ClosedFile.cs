using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.People;

/// <summary>
/// An anonymised file keeps only what the counts need, and a merged file lives on in its survivor:
/// neither takes a write any more. The pathway areas get the same answer through
/// <see cref="Consents.ProcessingConsent.IsInForceAsync(Data.AmudduDbContext, Guid, DateOnly, CancellationToken)"/>.
/// </summary>
public static class ClosedFile
{
    public static ProblemHttpResult Refused(Person person, IStringLocalizer text) => person.ErasedAt is not null
        ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: text["Rights.FileErased"], type: ProblemTypes.PersonErased)
        : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: text["Rights.FileMerged"], type: ProblemTypes.PersonMerged);
}
