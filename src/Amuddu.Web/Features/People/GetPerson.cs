using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.People;

/// <summary>Opens a person's file. Every opening is in the audit trail and in the file's access log.</summary>
public static class GetPerson
{
    public static async Task<Results<Ok<PersonResponse>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, CancellationToken cancellationToken)
    {
        var person = await FindAsync(db, staff, id, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(AuditActions.PersonViewed, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(id), cancellationToken: cancellationToken);
        return TypedResults.Ok(PersonResponse.From(person));
    }

    /// <summary>Another organisation's person is "not found", exactly like a person who does not exist.</summary>
    public static Task<Person?> FindAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.OrganisationId == staff.OrganisationId, cancellationToken);
}
