using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Programmes;

/// <summary>
/// Opens a programme to applications (from a draft, or again after a close) or closes it: no new application,
/// the ones under way go on. Moving it to the status it already has is a conflict, not a silent success.
/// </summary>
public static class MoveProgramme
{
    public static Task<Results<Ok<ProgrammeResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Open(
        Guid id, ProgrammeVersion request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken) =>
        MoveAsync(id, request, ProgrammeStatus.Open, db, staff, audit, text, cancellationToken);

    public static Task<Results<Ok<ProgrammeResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Close(
        Guid id, ProgrammeVersion request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken) =>
        MoveAsync(id, request, ProgrammeStatus.Closed, db, staff, audit, text, cancellationToken);

    private static async Task<Results<Ok<ProgrammeResponse>, ValidationProblem, NotFound, ProblemHttpResult>> MoveAsync(
        Guid id, ProgrammeVersion request, ProgrammeStatus target, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAccess.FindOwnAsync(db, staff, id, cancellationToken);
        if (programme is null)
        {
            return TypedResults.NotFound();
        }

        if (programme.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (programme.Status == target)
        {
            return Conflicts.Of(text["Programmes.AlreadyInStatus", text[$"Programme.Status.{target}"]]);
        }

        programme.Status = target;
        return await ProgrammeChanges.SaveAsync(db, programme, request.Version, target.ToString(), staff, audit, text, cancellationToken);
    }
}
