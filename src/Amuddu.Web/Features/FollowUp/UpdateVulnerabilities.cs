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
/// Writes a person's vulnerabilities and health note. The caller sends the version it read
/// (0 when there was none yet); if someone saved in between, the answer is 409.
/// </summary>
public static class UpdateVulnerabilities
{
    public sealed record Request(List<VulnerabilityCategory>? Categories, string? Note, long Version);

    public static async Task<Results<Ok<VulnerabilitiesResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        if (!Policies.SeesSensitiveNotes(staff))
        {
            return FollowUpApi.Forbidden(text, "FollowUp.VulnerabilitiesForbidden");
        }

        if (!await ProcessingConsent.IsInForceAsync(db, personId, clock, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var errors = new ValidationErrors(text).MaxLength("note", request.Note?.Trim(), RecordNote.MaxText, "FollowUp.HealthNote");
        if (request.Categories?.Any(c => !Enum.IsDefined(c)) == true)
        {
            errors.Add("categories", text["FieldNotAllowed", text["FollowUp.VulnerabilityCategories"]]);
        }
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var content = new VulnerabilityRecord.Content(
            [.. (request.Categories ?? []).Distinct().Order()], FreeText.Clean(request.Note));
        var record = await db.Vulnerabilities.SingleOrDefaultAsync(v => v.PersonId == personId, cancellationToken);
        if ((record?.Version ?? 0) != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (record is null)
        {
            record = new VulnerabilityRecord { PersonId = personId, OrganisationId = person.OrganisationId, Cipher = VulnerabilityRecord.Protect(protector, content) };
            db.Vulnerabilities.Add(record);
        }
        else
        {
            db.Entry(record).Property(v => v.Version).OriginalValue = request.Version;
            record.Cipher = VulnerabilityRecord.Protect(protector, content);
        }

        audit.Add(db, FollowUpAudit.VulnerabilitiesUpdated, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A stale version, or a colleague who created the record at the same moment (same key).
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(GetVulnerabilities.From(record, protector));
    }
}
