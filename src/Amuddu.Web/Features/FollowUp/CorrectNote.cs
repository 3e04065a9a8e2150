using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.FollowUp;

/// <summary>
/// The author corrects a note (a colleague adds a note of their own instead). The caller sends the
/// version it read: if the note changed since, the answer is 409 and nothing is overwritten.
/// </summary>
public static class CorrectNote
{
    public sealed record Request(ContactKind? Kind, DateTimeOffset? ContactedAt, string? Text, bool Sensitive, long Version);

    public static async Task<Results<Ok<NoteResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Guid noteId, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var note = await db.ContactNotes.SingleOrDefaultAsync(
            n => n.Id == noteId && n.PersonId == personId && n.OrganisationId == staff.OrganisationId, cancellationToken);
        if (note is null)
        {
            return TypedResults.NotFound();
        }

        if (!await ProcessingConsent.IsInForceAsync(db, personId, clock, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        if (note.AuthorId != staff.UserId)
        {
            return FollowUpApi.Forbidden(text, "FollowUp.NoteNotYours");
        }

        if ((note.Sensitive || request.Sensitive) && !Policies.SeesSensitiveNotes(staff))
        {
            return FollowUpApi.Forbidden(text, "FollowUp.RestrictedNoteForbidden");
        }

        var errors = RecordNote.Validate(request.Kind, request.ContactedAt, request.Text, clock, text);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (note.Version != request.Version || note.TextCipher is null)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        db.Entry(note).Property(n => n.Version).OriginalValue = request.Version;
        note.Kind = request.Kind!.Value;
        note.ContactedAt = request.ContactedAt!.Value;
        note.TextCipher = protector.ProtectText(request.Text!.Trim());
        note.Sensitive = request.Sensitive;
        audit.Add(db, FollowUpAudit.NoteCorrected, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"note {note.Id}: {note.Kind}{(note.Sensitive ? ", restricted" : "")}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(ListNotes.From(note, true, null, protector));
    }
}
