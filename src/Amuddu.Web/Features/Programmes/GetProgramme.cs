using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Programmes;

public static class GetProgramme
{
    public static async Task<Results<Ok<ProgrammeResponse>, Ok<EmployerProgrammeResponse>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAccess.Visible(db, staff).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
        {
            return TypedResults.NotFound();
        }

        if (ProgrammeAccess.IsEmployer(staff))
        {
            return TypedResults.Ok((await ListProgrammes.ForEmployerAsync(db, text, cancellationToken, [programme])).Single());
        }

        var lines = await db.ProgrammeBudgetLines.AsNoTracking().Where(l => l.ProgrammeId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok(ProgrammeResponse.From(programme, lines, text));
    }
}
