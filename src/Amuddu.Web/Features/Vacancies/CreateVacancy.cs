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
/// A counsellor writes a vacancy for a company the service follows, or an employer user for its own company: either way a
/// draft, which the counsellor opens (validates) before anyone else sees it.
/// </summary>
public static class CreateVacancy
{
    public sealed record Request(Guid? CompanyId, VacancyInput? Vacancy);

    public static async Task<Results<Created<VacancyResponse>, ValidationProblem>> Handle(
        Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        var company = await CompanyForAsync(db, staff, request.CompanyId, errors, text, cancellationToken);
        if (request.Vacancy is null)
        {
            errors.Add("vacancy", text["FieldRequired", "vacancy"]);
        }
        else
        {
            await request.Vacancy.CheckAsync(errors, await VacancyReferences.LoadAsync(db, [request.Vacancy], cancellationToken), text);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var vacancy = New(company!, staff, request.Vacancy!);
        db.Vacancies.Add(vacancy);
        audit.Add(db, EmployersAudit.VacancySaved, staff.UserId, staff.OrganisationId, EmployersAudit.VacancySubject(vacancy.Id), "created");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/vacancies/{vacancy.Id}", await GetVacancy.ToResponseAsync(db, vacancy, text, cancellationToken));
    }

    public static Vacancy New(Company company, ICurrentStaff staff, VacancyInput input)
    {
        var id = Guid.CreateVersion7();
        var vacancy = new Vacancy
        {
            Id = id, Reference = Vacancy.NewReference(id), OrganisationId = company.ServiceOrganisationId, CompanyId = company.OrganisationId,
            Status = VacancyStatus.Draft, WrittenByEmployer = EmployerAccess.IsEmployer(staff), Title = "", OccupationCode = "",
        };
        input.ApplyTo(vacancy);
        return vacancy;
    }

    /// <summary>The employer's own company, or the company a counsellor names among those the service follows.</summary>
    public static async Task<Company?> CompanyForAsync(
        AmudduDbContext db, ICurrentStaff staff, Guid? companyId, ValidationErrors errors, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (EmployerAccess.IsEmployer(staff))
        {
            var own = await EmployerAccess.Visible(db, staff).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            if (own is null)
            {
                errors.Add("companyId", text["Vacancies.NoCompanyFile"]);
            }

            return own;
        }

        if (companyId is not { } id)
        {
            errors.Add("companyId", text["FieldRequired", text["Vacancies.Company"]]);
            return null;
        }

        var company = await EmployerAccess.Writable(db, staff).AsNoTracking().SingleOrDefaultAsync(c => c.OrganisationId == id, cancellationToken);
        if (company is null)
        {
            errors.Add("companyId", text["Vacancies.UnknownCompany"]);
        }

        return company;
    }
}
