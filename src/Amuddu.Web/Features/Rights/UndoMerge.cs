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
/// Undoes a merge: exactly the rows it moved go back to the duplicate, which is searchable and proposed
/// by the duplicate check again. Rows added to the survivor since stay with the survivor.
/// </summary>
public static class UndoMerge
{
    public static async Task<Results<Ok<MergeResponse>, NotFound, ProblemHttpResult>> Handle(
        Guid mergeId, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var merge = await db.PersonMerges.Include(m => m.Rows)
            .SingleOrDefaultAsync(m => m.Id == mergeId && m.OrganisationId == organisationId, cancellationToken);
        if (merge is null)
        {
            return TypedResults.NotFound();
        }

        if (merge.UndoneAt is not null)
        {
            return Conflicts.Of(text["Rights.MergeAlreadyUndone"]);
        }

        var survivor = await db.People.SingleAsync(p => p.Id == merge.SurvivorId, cancellationToken);
        var duplicate = await db.People.SingleAsync(p => p.Id == merge.DuplicateId, cancellationToken);
        if (survivor.IsClosed)
        {
            // Merged on into a third file, or anonymised: the rows are no longer the survivor's to give back.
            return ClosedFile.Refused(survivor, text);
        }

        var types = PersonRows.Types(db.Model).ToDictionary(t => t.GetTableName()!);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = 0;
        foreach (var row in merge.Rows)
        {
            // A row since deleted, or an area since removed, has nothing to give back.
            if (types.GetValueOrDefault(row.Table) is { } type
                && await PersonRows.FindAsync(db, type, row.RowId, cancellationToken) is { } entity
                && PersonRows.PersonIdOf(db, entity) == survivor.Id)
            {
                PersonRows.SetPersonId(db, entity, duplicate.Id);
                moved++;
            }
        }

        duplicate.MergedIntoId = null;
        db.PersonSearchKeys.AddRange(PersonSearchKey.For(duplicate));
        db.Entry(survivor).Property(p => p.Version).IsModified = true;
        merge.UndoneAt = clock.GetUtcNow();
        merge.UndoneBy = staff.UserId;
        var detail = $"merge {merge.Id}: {duplicate.Id} out of {survivor.Id}, {moved} rows";
        audit.Add(db, RightsAudit.MergeUndone, staff.UserId, organisationId, PeopleAudit.Subject(survivor.Id), detail);
        audit.Add(db, RightsAudit.MergeUndone, staff.UserId, organisationId, PeopleAudit.Subject(duplicate.Id), detail);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["Rights.MergeAlreadyUndone"]);
        }

        await MatchProfiles.RefreshAsync(db, [duplicate.Id, survivor.Id], clock, cancellationToken);
        return TypedResults.Ok(new MergeResponse(merge.Id, survivor.Id, survivor.FileNumber, duplicate.Id, duplicate.FileNumber, moved,
            merge.MergedAt, merge.UndoneAt));
    }
}
