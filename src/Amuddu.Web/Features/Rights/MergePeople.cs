using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Matching;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Rights;

/// <summary>
/// Merges a duplicate file into the survivor: every row any area keeps on the duplicate moves to the
/// survivor, the duplicate stays (hidden from search, lists and the duplicate check) with a link to the
/// survivor, and the merge can be undone. Both versions the caller read are checked, as for a correction.
/// </summary>
public static class MergePeople
{
    public sealed record Request(Guid? DuplicateId, long? SurvivorVersion, long? DuplicateVersion);

    public static async Task<Results<Ok<MergeResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid survivorId, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        if (request.DuplicateId is null)
        {
            errors.Add("duplicateId", text["FieldRequired", text["Rights.DuplicateFile"]]);
        }

        if (request.SurvivorVersion is null)
        {
            errors.Add("survivorVersion", text["FieldRequired", "survivorVersion"]);
        }

        if (request.DuplicateVersion is null)
        {
            errors.Add("duplicateVersion", text["FieldRequired", "duplicateVersion"]);
        }

        var organisationId = staff.OrganisationId!.Value;
        var survivor = await db.People.SingleOrDefaultAsync(p => p.Id == survivorId && p.OrganisationId == organisationId, cancellationToken);
        var duplicate = request.DuplicateId is { } duplicateId
            ? await db.People.SingleOrDefaultAsync(p => p.Id == duplicateId && p.OrganisationId == organisationId, cancellationToken)
            : null;
        if (survivor is null || (request.DuplicateId is not null && duplicate is null))
        {
            return TypedResults.NotFound();
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (survivor.Id == duplicate!.Id)
        {
            return Conflicts.Of(text["Rights.MergeSameFile"]);
        }

        if (survivor.IsClosed || duplicate.IsClosed)
        {
            return ClosedFile.Refused(survivor.IsClosed ? survivor : duplicate, text);
        }

        if (survivor.Version != request.SurvivorVersion || duplicate.Version != request.DuplicateVersion)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        var types = PersonRows.Types(db.Model).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var merge = new PersonMerge
        {
            OrganisationId = organisationId, SurvivorId = survivor.Id, DuplicateId = duplicate.Id, MergedAt = clock.GetUtcNow(), MergedBy = staff.UserId,
        };
        foreach (var type in types)
        {
            var rows = await PersonRows.LoadAsync(db, type, duplicate.Id, cancellationToken);
            // A row keyed by the person, or one of a kind each person has at most once, cannot join the
            // survivor's without losing one of them: the counsellor keeps one first.
            if (rows.Count > 0 && (!PersonRows.IsMovable(type)
                || (PersonRows.IsOnePerPerson(type) && (await PersonRows.LoadAsync(db, type, survivor.Id, cancellationToken)).Count > 0)))
            {
                return Conflicts.Of(text["Rights.MergeBlocked", type.GetTableName()!]);
            }

            foreach (var row in rows)
            {
                merge.Rows.Add(new PersonMergeRow { MergeId = merge.Id, Table = type.GetTableName()!, RowId = PersonRows.RowIdOf(db, type, row) });
                PersonRows.SetPersonId(db, row, survivor.Id);
            }
        }

        db.Add(merge);
        await db.PersonSearchKeys.Where(k => k.PersonId == duplicate.Id).ExecuteDeleteAsync(cancellationToken);
        duplicate.MergedIntoId = survivor.Id;
        // Both files change, so both versions move on; and each must still be the one the caller read.
        db.Entry(duplicate).Property(p => p.Version).OriginalValue = request.DuplicateVersion!.Value;
        db.Entry(survivor).Property(p => p.Version).OriginalValue = request.SurvivorVersion!.Value;
        db.Entry(survivor).Property(p => p.Version).IsModified = true;
        var detail = $"merge {merge.Id}: {duplicate.Id} into {survivor.Id}, {merge.Rows.Count} rows";
        audit.Add(db, RightsAudit.Merged, staff.UserId, organisationId, PeopleAudit.Subject(survivor.Id), detail);
        audit.Add(db, RightsAudit.Merged, staff.UserId, organisationId, PeopleAudit.Subject(duplicate.Id), detail);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        // The duplicate's profile goes (its file is closed); the survivor's gains the rows moved to it.
        await MatchProfiles.RefreshAsync(db, [duplicate.Id, survivor.Id], clock, cancellationToken);
        return TypedResults.Ok(new MergeResponse(merge.Id, survivor.Id, survivor.FileNumber, duplicate.Id, duplicate.FileNumber, merge.Rows.Count,
            merge.MergedAt, null));
    }
}
