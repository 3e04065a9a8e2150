using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Employers;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Vacancies;

/// <summary>The version read, and a note (required to return a vacancy to its writer; optional otherwise).</summary>
public sealed record VacancyMove(long Version, string? Note);

public enum VacancyAction
{
    Submit,
    Validate,
    Return,
    Fill,
    Close,
    Cancel,
}

/// <summary>
/// The status moves: the employer submits its draft; the counsellor validates a draft or a submitted vacancy (it opens)
/// or returns a submitted one to the employer with a note; an open vacancy is filled or closed; one not yet filled or
/// closed is cancelled. Validating and returning are the service's; the others are open to the company too.
/// </summary>
public static class MoveVacancy
{
    public static VacancyStatus[] From(VacancyAction action) => action switch
    {
        VacancyAction.Submit => [VacancyStatus.Draft],
        VacancyAction.Validate => [VacancyStatus.Draft, VacancyStatus.Submitted],
        VacancyAction.Return => [VacancyStatus.Submitted],
        VacancyAction.Fill or VacancyAction.Close => [VacancyStatus.Open],
        VacancyAction.Cancel => [VacancyStatus.Draft, VacancyStatus.Submitted, VacancyStatus.Open],
        _ => [],
    };

    public static VacancyStatus To(VacancyAction action) => action switch
    {
        VacancyAction.Submit => VacancyStatus.Submitted,
        VacancyAction.Validate => VacancyStatus.Open,
        VacancyAction.Return => VacancyStatus.Draft,
        VacancyAction.Fill => VacancyStatus.Filled,
        VacancyAction.Close => VacancyStatus.Closed,
        _ => VacancyStatus.Cancelled,
    };

    public static bool IsServiceOnly(VacancyAction action) => action is VacancyAction.Validate or VacancyAction.Return;

    /// <summary>Whether the caller may take the action on the vacancy as it stands (the pages show only those buttons).</summary>
    public static bool Allowed(VacancyAction action, Vacancy vacancy, ICurrentStaff staff) =>
        From(action).Contains(vacancy.Status) && (!IsServiceOnly(action) || EmployerAccess.IsService(staff))
        && !(action == VacancyAction.Submit && EmployerAccess.IsService(staff));

    public static Task<Results<Ok<VacancyResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Submit(
        Guid id, VacancyMove request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        MoveAsync(VacancyAction.Submit, id, request, db, staff, audit, clock, text, cancellationToken);

    public static Task<Results<Ok<VacancyResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Validate(
        Guid id, VacancyMove request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        MoveAsync(VacancyAction.Validate, id, request, db, staff, audit, clock, text, cancellationToken);

    public static Task<Results<Ok<VacancyResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Return(
        Guid id, VacancyMove request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        MoveAsync(VacancyAction.Return, id, request, db, staff, audit, clock, text, cancellationToken);

    public static Task<Results<Ok<VacancyResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Fill(
        Guid id, VacancyMove request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        MoveAsync(VacancyAction.Fill, id, request, db, staff, audit, clock, text, cancellationToken);

    public static Task<Results<Ok<VacancyResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Close(
        Guid id, VacancyMove request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        MoveAsync(VacancyAction.Close, id, request, db, staff, audit, clock, text, cancellationToken);

    public static Task<Results<Ok<VacancyResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Cancel(
        Guid id, VacancyMove request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        MoveAsync(VacancyAction.Cancel, id, request, db, staff, audit, clock, text, cancellationToken);

    public static async Task<Results<Ok<VacancyResponse>, ValidationProblem, NotFound, ProblemHttpResult>> MoveAsync(
        VacancyAction action, Guid id, VacancyMove request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var vacancy = await VacancyAccess.Visible(db, staff).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vacancy is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text).MaxLength("note", request.Note?.Trim(), 1000, "Vacancies.Note");
        if (action == VacancyAction.Return && string.IsNullOrWhiteSpace(request.Note))
        {
            errors.Add("note", text["Vacancies.ReturnNoteRequired"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (IsServiceOnly(action) && !EmployerAccess.IsService(staff))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: text["Vacancies.ServiceOnly"]);
        }

        if (vacancy.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        if (!From(action).Contains(vacancy.Status))
        {
            return Conflicts.Of(text["Vacancies.CannotMove", text[$"Vacancy.Status.{vacancy.Status}"]]);
        }

        vacancy.Status = To(action);
        vacancy.StatusNote = FreeText.Clean(request.Note) ?? (action == VacancyAction.Validate ? null : vacancy.StatusNote);
        if (action == VacancyAction.Validate)
        {
            vacancy.ValidatedBy = staff.UserId;
            vacancy.ValidatedAt = clock.GetUtcNow();
        }

        audit.Add(db, EmployersAudit.VacancyMoved, staff.UserId, staff.OrganisationId, EmployersAudit.VacancySubject(id), action.ToString().ToLowerInvariant());
        return await UpdateVacancy.SaveAsync(db, vacancy, request.Version, text, cancellationToken);
    }
}
