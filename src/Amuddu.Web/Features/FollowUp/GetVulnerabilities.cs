using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.FollowUp;

/// <summary>A person's vulnerabilities and health, for employment counsellors only; every read is audited.</summary>
public static class GetVulnerabilities
{
    public static async Task<Results<Ok<VulnerabilitiesResponse>, NotFound, ProblemHttpResult>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        if (!Policies.SeesSensitiveNotes(staff))
        {
            return FollowUpApi.Forbidden(text, "FollowUp.VulnerabilitiesForbidden");
        }

        var record = await db.Vulnerabilities.AsNoTracking().SingleOrDefaultAsync(v => v.PersonId == personId, cancellationToken);
        await audit.RecordAsync(FollowUpAudit.VulnerabilitiesViewed, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            cancellationToken: cancellationToken);
        return TypedResults.Ok(From(record, protector));
    }

    public static VulnerabilitiesResponse From(VulnerabilityRecord? record, FieldProtector protector)
    {
        if (record is null)
        {
            return new([], null, 0, null, null);
        }

        var content = record.Read(protector);
        return new(content.Categories, content.Note, record.Version, record.UpdatedAt, record.UpdatedBy);
    }
}
