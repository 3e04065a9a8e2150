using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Rights;

/// <summary>The merges a file took part in, as survivor or as duplicate, newest first.</summary>
public static class ListMerges
{
    public static async Task<Results<Ok<List<MergeResponse>>, NotFound>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await LoadAsync(db, personId, cancellationToken));
    }

    public static async Task<List<MergeResponse>> LoadAsync(AmudduDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var merges = await db.PersonMerges.AsNoTracking()
            .Where(m => m.SurvivorId == personId || m.DuplicateId == personId)
            .OrderByDescending(m => m.MergedAt)
            .Select(m => new { m.Id, m.SurvivorId, m.DuplicateId, Rows = m.Rows.Count, m.MergedAt, m.UndoneAt })
            .ToListAsync(cancellationToken);
        var ids = merges.SelectMany(m => new[] { m.SurvivorId, m.DuplicateId }).Distinct().ToList();
        var numbers = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FileNumber, cancellationToken);
        return [.. merges.Select(m => new MergeResponse(m.Id, m.SurvivorId, numbers[m.SurvivorId], m.DuplicateId, numbers[m.DuplicateId], m.Rows,
            m.MergedAt, m.UndoneAt))];
    }
}
