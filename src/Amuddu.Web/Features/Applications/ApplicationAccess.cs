using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// An application exists for the staff of its organisation (the programme's and the person's) and, for a
/// hiring incentive, for the employer's users through the employer view only. For anyone else it is "not
/// found", exactly like an application that does not exist.
/// </summary>
public static class ApplicationAccess
{
    public static IQueryable<SupportApplication> Visible(AmudduDbContext db, ICurrentStaff staff) =>
        db.Applications.Where(a => a.OrganisationId == staff.OrganisationId);

    /// <summary>The application if it is the staff member's organisation's; tracked, for a change.</summary>
    public static Task<SupportApplication?> FindAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken) =>
        Visible(db, staff).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>An employer's hiring-incentive applications.</summary>
    public static IQueryable<SupportApplication> OfEmployer(AmudduDbContext db, ICurrentStaff staff) =>
        db.Applications.Where(a => a.EmployerOrganisationId != null && a.EmployerOrganisationId == staff.OrganisationId);

    /// <summary>A short reference quoted on decisions and payment orders, from the application's own id.</summary>
    public static string NewReference(Guid id) => $"DEM-{id.ToString("N")[^10..].ToUpperInvariant()}";
}
