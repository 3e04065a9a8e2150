using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Rights;

/// <summary>
/// Erases (anonymises) what every area holds on a person, on request or for another stated reason.
/// The counsellor types the file number to confirm; afterwards the file shows "anonymised", keeps what
/// the indicators count, and takes no more writes.
/// </summary>
public static class ErasePerson
{
    public sealed record Request(ErasureReason? Reason, string? Note, string? FileNumberConfirmation);

    public sealed record Response(Guid PersonId, string FileNumber, ErasureReason Reason, DateTimeOffset ErasedAt);

    public static async Task<Results<Ok<Response>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Request request, AmudduDbContext db, ICurrentStaff staff, IEnumerable<IPersonalDataSection> sections,
        AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.OrganisationId == staff.OrganisationId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text)
            .MaxLength("note", request.Note, 500, "Note")
            .Required("fileNumberConfirmation", request.FileNumberConfirmation, "Rights.FileNumberConfirmation");
        if (request.Reason is null)
        {
            errors.Add("reason", text["FieldRequired", text["Rights.ErasureReason"]]);
        }

        if (request.FileNumberConfirmation is { Length: > 0 } typed && typed.Trim() != person.FileNumber)
        {
            errors.Add("fileNumberConfirmation", text["Rights.FileNumberMismatch"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (person.IsClosed)
        {
            return ClosedFile.Refused(person, text);
        }

        var now = clock.GetUtcNow();
        await PersonErasure.EraseAsync(db, sections, audit, person, request.Reason!.Value,
            FreeText.Clean(request.Note), staff.UserId, now, cancellationToken);
        return TypedResults.Ok(new Response(person.Id, person.FileNumber, request.Reason.Value, now));
    }
}
