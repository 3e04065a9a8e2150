using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Matching;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.People;

/// <summary>
/// Corrects a person's file. The caller sends the version it read; if someone saved in between,
/// the answer is 409 and nothing is overwritten.
/// </summary>
public static class UpdatePerson
{
    public sealed record Request(PersonDetails Person, long Version);

    public static async Task<Results<Ok<PersonResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == id && p.OrganisationId == organisationId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        if (person.IsClosed)
        {
            return ClosedFile.Refused(person, text);
        }

        var today = SiteTime.Today(clock);
        var errors = request.Person is null
            ? new ValidationErrors(text).Add("person", text["FieldRequired", "person"])
            : await request.Person.ValidateAsync(db, organisationId, today, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        // Claiming the version first holds the person's row for the rest of the transaction, so a
        // second correction from the same version waits here, then finds the version gone: 409,
        // before it touches the search keys the first one rewrote.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.People.Where(p => p.Id == id && p.Version == request.Version)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version), cancellationToken);
        if (claimed == 0)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        db.Entry(person).Property(p => p.Version).OriginalValue = request.Version;
        request.Person!.ApplyTo(person, today);
        var keys = await db.PersonSearchKeys.Where(k => k.PersonId == id).ToListAsync(cancellationToken);
        db.PersonSearchKeys.RemoveRange(keys);
        db.PersonSearchKeys.AddRange(PersonSearchKey.For(person));
        audit.Add(db, AuditActions.PersonUpdated, staff.UserId, organisationId, PeopleAudit.Subject(id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // The region and city are the profile's place.
        await MatchProfiles.RefreshAsync(db, id, clock, cancellationToken);

        return TypedResults.Ok(PersonResponse.From(person));
    }
}
