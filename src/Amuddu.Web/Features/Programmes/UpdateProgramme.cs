using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Programmes;

/// <summary>
/// Changes a programme. The caller sends the version it read (409 when someone saved in between); the budget
/// can never fall below what approvals have committed, nor below its region lines.
/// </summary>
public static class UpdateProgramme
{
    public sealed record Request(ProgrammeInput Programme, long Version);

    public static async Task<Results<Ok<ProgrammeResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAccess.FindOwnAsync(db, staff, id, cancellationToken);
        if (programme is null)
        {
            return TypedResults.NotFound();
        }

        var errors = request.Programme is null
            ? new ValidationErrors(text).Add("programme", text["FieldRequired", "programme"])
            : await request.Programme.ValidateAsync(db, programme, text, cancellationToken);
        if (request.Programme?.Budget is { } dirhams && Money.ToCentimes(dirhams) is { } budget)
        {
            var lines = await db.ProgrammeBudgetLines.Where(l => l.ProgrammeId == id).SumAsync(l => (long?)l.BudgetCentimes, cancellationToken) ?? 0;
            if (budget < lines)
            {
                errors.Add("budget", text["Programmes.BudgetBelowLines", Money.Format(lines)]);
            }
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (programme.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        request.Programme!.ApplyTo(programme);
        return await ProgrammeChanges.SaveAsync(db, programme, request.Version, "updated", staff, audit, text, cancellationToken);
    }
}
