using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Positioning;

/// <summary>The whole positioning of a person: the interview (null until recorded) and every list.</summary>
public static class GetPositioning
{
    public sealed record Response(
        Guid PersonId,
        RecordInterview.Response? Interview,
        IReadOnlyList<Diplomas.Response> Diplomas,
        IReadOnlyList<Languages.Response> Languages,
        IReadOnlyList<Experiences.Response> Experiences,
        IReadOnlyList<Skills.Response> Skills,
        IReadOnlyList<TargetOccupations.Response> TargetOccupations,
        IReadOnlyList<KeySkillsTests.Response> Tests,
        IReadOnlyList<JobTryouts.Response> Tryouts);

    public static async Task<Results<Ok<Response>, NotFound>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var positioning = await LoadAsync(db, personId, protector, Policies.SeesSensitiveNotes(staff), cancellationToken);
        await AuditReadAsync(audit, staff, personId, positioning, PositioningAudit.Viewed, cancellationToken);
        return TypedResults.Ok(positioning);
    }

    /// <summary>
    /// Loads without checking who asks: callers have found the person in the staff member's organisation, and
    /// say whether the health and constraint note may be shown.
    /// </summary>
    public static async Task<Response> LoadAsync(AmudduDbContext db, Guid personId, FieldProtector protector, bool seesNote, CancellationToken cancellationToken)
    {
        var record = await db.PositioningRecords.AsNoTracking().SingleOrDefaultAsync(r => r.PersonId == personId, cancellationToken);
        return new Response(
            personId,
            record is null ? null : RecordInterview.Response.From(record, protector, seesNote),
            await Diplomas.List.ListAsync(db, personId, cancellationToken),
            await Languages.List.ListAsync(db, personId, cancellationToken),
            await Experiences.List.ListAsync(db, personId, cancellationToken),
            await Skills.List.ListAsync(db, personId, cancellationToken),
            await TargetOccupations.List.ListAsync(db, personId, cancellationToken),
            await KeySkillsTests.List.ListAsync(db, personId, cancellationToken),
            await JobTryouts.List.ListAsync(db, personId, cancellationToken));
    }

    /// <summary>Every read is in the trail; a read that showed the decrypted constraint note says so.</summary>
    public static async Task AuditReadAsync(AuditLog audit, ICurrentStaff staff, Guid personId, Response positioning, string action, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(action, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId), cancellationToken: cancellationToken);
        if (positioning.Interview?.ConstraintNote is not null)
        {
            await audit.RecordAsync(PositioningAudit.NoteViewed, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId), cancellationToken: cancellationToken);
        }
    }
}
