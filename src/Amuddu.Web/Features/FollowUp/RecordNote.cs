using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.FollowUp;

/// <summary>Records a contact with a person: a visit, a call, a WhatsApp or e-mail exchange.</summary>
public static class RecordNote
{
    public const int MaxText = 4000;

    public sealed record Request(ContactKind? Kind, DateTimeOffset? ContactedAt, string? Text, bool Sensitive);

    public static async Task<Results<Created<NoteResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        if (!await ProcessingConsent.IsInForceAsync(db, personId, clock, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        // Nobody writes what they could not read back.
        if (request.Sensitive && !Policies.SeesSensitiveNotes(staff))
        {
            return FollowUpApi.Forbidden(text, "FollowUp.RestrictedNoteForbidden");
        }

        var errors = Validate(request.Kind, request.ContactedAt, request.Text, clock, text);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var note = new ContactNote
        {
            PersonId = personId,
            OrganisationId = person.OrganisationId,
            Kind = request.Kind!.Value,
            ContactedAt = request.ContactedAt!.Value,
            TextCipher = protector.ProtectText(request.Text!.Trim()),
            Sensitive = request.Sensitive,
            AuthorId = staff.UserId!.Value,
        };
        db.ContactNotes.Add(note);
        audit.Add(db, FollowUpAudit.NoteRecorded, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"note {note.Id}: {note.Kind}{(note.Sensitive ? ", restricted" : "")}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/people/{personId}/notes/{note.Id}", ListNotes.From(note, true, null, protector));
    }

    internal static ValidationErrors Validate(ContactKind? kind, DateTimeOffset? contactedAt, string? body, TimeProvider clock, IStringLocalizer text)
    {
        var errors = new ValidationErrors(text)
            .Required("text", body, "FollowUp.NoteText")
            .MaxLength("text", body?.Trim(), MaxText, "FollowUp.NoteText");
        if (kind is null)
        {
            errors.Add("kind", text["FieldRequired", text["FollowUp.ContactKind"]]);
        }
        else if (!Enum.IsDefined(kind.Value))
        {
            errors.Add("kind", text["FieldNotAllowed", text["FollowUp.ContactKind"]]);
        }

        if (contactedAt is not { } at)
        {
            errors.Add("contactedAt", text["FieldRequired", text["FollowUp.ContactedAt"]]);
        }
        else if (at > clock.GetUtcNow().AddMinutes(5))
        {
            // A few minutes' leeway for a phone whose clock runs ahead.
            errors.Add("contactedAt", text["FollowUp.ContactedInFuture"]);
        }
        else if (at.Year < 2000)
        {
            errors.Add("contactedAt", text["FieldInvalid", text["FollowUp.ContactedAt"]]);
        }

        return errors;
    }
}
