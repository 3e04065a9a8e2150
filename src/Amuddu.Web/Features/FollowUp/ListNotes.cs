using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.FollowUp;

/// <summary>
/// A person's contact notes, latest first. Roles that may not read restricted notes see that one
/// exists (date, kind, author) without its text; when an allowed role reads restricted text, that is audited.
/// </summary>
public static class ListNotes
{
    public static async Task<Results<Ok<List<NoteResponse>>, NotFound>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var notes = await LoadAsync(db, personId, protector, Policies.SeesSensitiveNotes(staff), withRestricted: true, cancellationToken);
        var restrictedRead = notes.Where(n => n.Sensitive && n.Text is not null).Select(n => n.Id).ToList();
        if (restrictedRead.Count > 0)
        {
            await audit.RecordAsync(FollowUpAudit.RestrictedNotesViewed, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
                $"notes {string.Join(' ', restrictedRead)}", cancellationToken);
        }

        return TypedResults.Ok(notes);
    }

    /// <summary>
    /// Loads without checking who asks: the caller has found the person, or a referral sharing them.
    /// Without <paramref name="withRestricted"/>, restricted notes are left out altogether, not even their existence shown.
    /// </summary>
    public static async Task<List<NoteResponse>> LoadAsync(
        AmudduDbContext db, Guid personId, FieldProtector protector, bool seesSensitive, bool withRestricted, CancellationToken cancellationToken)
    {
        var notes = await db.ContactNotes.AsNoTracking().Where(n => n.PersonId == personId && (withRestricted || !n.Sensitive))
            .OrderByDescending(n => n.ContactedAt).ToListAsync(cancellationToken);
        var authorIds = notes.Select(n => n.AuthorId).Distinct().ToList();
        var authors = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. notes.Select(n => From(n, seesSensitive, authors.GetValueOrDefault(n.AuthorId), protector))];
    }

    public static NoteResponse From(ContactNote n, bool seesSensitive, string? authorName, FieldProtector protector)
    {
        var restricted = n.Sensitive && !seesSensitive;
        var text = restricted || n.TextCipher is null ? null : protector.UnprotectText(n.TextCipher);
        return new(n.Id, n.Kind, n.ContactedAt, n.Sensitive, restricted, text, n.AuthorId, authorName, n.CreatedAt, n.UpdatedAt, n.Version);
    }
}
