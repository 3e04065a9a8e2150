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
            return TypedResults.Ok(await ForEmployerAsync(db, text, cancellationToken, programmes));
        }

        var ids = programmes.Select(p => p.Id).ToList();
        var lines = (await db.ProgrammeBudgetLines.AsNoTracking().Where(l => ids.Contains(l.ProgrammeId)).ToListAsync(cancellationToken))
            .ToLookup(l => l.ProgrammeId);
        return TypedResults.Ok(programmes.Select(p => ProgrammeResponse.From(p, lines[p.Id], text)).ToList());
    }

    /// <summary>The open hiring incentives an employer may apply for, each with the organisation that runs it.</summary>
    public static async Task<List<EmployerProgrammeResponse>> ForEmployerAsync(AmudduDbContext db, IStringLocalizer text, CancellationToken cancellationToken,
        List<Programme>? programmes = null)
    {
        programmes ??= await db.Programmes.AsNoTracking()
            .Where(p => p.Kind == ProgrammeKind.HiringIncentive && p.Status == ProgrammeStatus.Open)
            .OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var organisationIds = programmes.Select(p => p.OrganisationId).Distinct().ToList();
        var runBy = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Acronym ?? o.Name, cancellationToken);
        return programmes.Select(p => EmployerProgrammeResponse.From(p, runBy.GetValueOrDefault(p.OrganisationId, ""), text)).ToList();
    }
}
