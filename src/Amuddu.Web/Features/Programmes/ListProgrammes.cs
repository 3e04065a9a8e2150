using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Programmes;

/// <summary>The organisation's programmes (employers: the open hiring incentives), by status, newest period first.</summary>
public static class ListProgrammes
{
    public static async Task<Results<Ok<List<ProgrammeResponse>>, Ok<List<EmployerProgrammeResponse>>>> Handle(
        ProgrammeStatus? status, ProgrammeKind? kind, AmudduDbContext db, ICurrentStaff staff, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var query = ProgrammeAccess.Visible(db, staff).AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        if (kind is { } k)
        {
            query = query.Where(p => p.Kind == k);
        }

        var programmes = await query.OrderByDescending(p => p.StartsOn).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        if (ProgrammeAccess.IsEmployer(staff))
        {
            return TypedResults.Ok(programmes.Select(p => EmployerProgrammeResponse.From(p, text)).ToList());
        }

        var ids = programmes.Select(p => p.Id).ToList();
        var lines = (await db.ProgrammeBudgetLines.AsNoTracking().Where(l => ids.Contains(l.ProgrammeId)).ToListAsync(cancellationToken))
            .ToLookup(l => l.ProgrammeId);
        return TypedResults.Ok(programmes.Select(p => ProgrammeResponse.From(p, lines[p.Id], text)).ToList());
    }
}
