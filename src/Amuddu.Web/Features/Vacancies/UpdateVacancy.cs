using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Employers;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Vacancies;

/// <summary>
/// Changes a vacancy while it is being written: the employer its drafts, the counsellor drafts and submitted ones.
/// Against the version read (409 when stale); once open, only its status moves.
/// </summary>
public static class UpdateVacancy
{
    public sealed record Request(VacancyInput? Vacancy, long Version);

    public static bool CanEdit(Vacancy vacancy, ICurrentStaff staff) =>
        vacancy.Status == VacancyStatus.Draft || (vacancy.Status == VacancyStatus.Submitted && EmployerAccess.IsService(staff));

    public static async Task<Results<Ok<VacancyResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var vacancy = await VacancyAccess.Visible(db, staff).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vacancy is null)
        {
            return TypedResults.NotFound();
        }

        var errors = request.Vacancy is null
            ? new ValidationErrors(text).Add("vacancy", text["FieldRequired", "vacancy"])
            : await request.Vacancy.ValidateAsync(db, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (vacancy.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (!CanEdit(vacancy, staff))
        {
            return Conflicts.Of(text["Vacancies.NotEditable"]);
        }

        request.Vacancy!.ApplyTo(vacancy);
        audit.Add(db, EmployersAudit.VacancySaved, staff.UserId, staff.OrganisationId, EmployersAudit.VacancySubject(id), "updated");
        return await SaveAsync(db, vacancy, request.Version, text, cancellationToken);
    }

    internal static async Task<Results<Ok<VacancyResponse>, ValidationProblem, NotFound, ProblemHttpResult>> SaveAsync(
        AmudduDbContext db, Vacancy vacancy, long version, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var entry = db.Entry(vacancy);
        db.ChangeTracker.DetectChanges();
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }

        entry.Property(v => v.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(await GetVacancy.ToResponseAsync(db, vacancy, text, cancellationToken));
    }
}
