using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Employers;

/// <summary>
/// Who sees a company file: the employer-relations staff (counsellors and administrators) of the service that follows it,
/// and the company's own users (their organisation is the company). Anyone else gets "not found", like a missing file.
/// </summary>
public static class EmployerAccess
{
    /// <summary>The staff of a service who keep company files and validate vacancies.</summary>
    public static readonly string[] ServiceRoles = [Roles.Counsellor, Roles.Administrator];

    public static bool IsService(ICurrentStaff staff) => ServiceRoles.Any(staff.IsInRole);

    public static bool IsEmployer(ICurrentStaff staff) => staff.IsInRole(Roles.EmployerUser);

    public static IQueryable<Company> Visible(AmudduDbContext db, ICurrentStaff staff) =>
        IsEmployer(staff) ? db.Companies.Where(c => c.OrganisationId == staff.OrganisationId)
        : IsService(staff) ? db.Companies.Where(c => c.ServiceOrganisationId == staff.OrganisationId)
        : db.Companies.Where(c => false);

    /// <summary>A company file the caller may change (service staff only), tracked.</summary>
    public static IQueryable<Company> Writable(AmudduDbContext db, ICurrentStaff staff) =>
        IsService(staff) ? db.Companies.Where(c => c.ServiceOrganisationId == staff.OrganisationId) : db.Companies.Where(c => false);
}
