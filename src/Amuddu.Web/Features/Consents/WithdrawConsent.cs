using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Consents;

/// <summary>The person takes a consent back. It stays on file, marked withdrawn; withdrawing twice is a conflict.</summary>
public static class WithdrawConsent
{
    public sealed record Request(string? Note);

    public static async Task<Results<Ok<ConsentResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Guid consentId, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        if (person.IsClosed)
        {
            return ClosedFile.Refused(person, text);
        }

        var consent = await db.Consents.SingleOrDefaultAsync(c => c.Id == consentId && c.PersonId == personId, cancellationToken);
        if (consent is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text).MaxLength("note", request.Note, 1000, "Note");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (consent.WithdrawnAt is not null)
        {
            return Conflicts.Of(text["ConsentAlreadyWithdrawn"]);
        }

        consent.WithdrawnAt = clock.GetUtcNow();
        consent.WithdrawnBy = staff.UserId;
        consent.WithdrawalNote = FreeText.Clean(request.Note);
        audit.Add(db, AuditActions.ConsentWithdrawn, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"consent {consent.Id}: {consent.Purpose}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["ConsentAlreadyWithdrawn"]);
        }

        return TypedResults.Ok(ConsentResponse.From(consent, SiteTime.Today(clock)));
    }
}
