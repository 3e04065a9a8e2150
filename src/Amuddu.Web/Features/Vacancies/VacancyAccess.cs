using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Employers;

namespace Amuddu.Web.Features.Vacancies;

/// <summary>
/// A vacancy is seen by the employer-relations staff of the service it belongs to, and by the users of its company
/// (whatever its status, for they wrote or follow it). Anyone else gets "not found".
/// </summary>
public static class VacancyAccess
{
    public static IQueryable<Vacancy> Visible(AmudduDbContext db, ICurrentStaff staff) =>
        EmployerAccess.IsEmployer(staff) ? db.Vacancies.Where(v => v.CompanyId == staff.OrganisationId)
        : EmployerAccess.IsService(staff) ? db.Vacancies.Where(v => v.OrganisationId == staff.OrganisationId)
        : db.Vacancies.Where(v => false);
}
