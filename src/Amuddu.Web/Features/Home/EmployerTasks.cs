using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Payments;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Home;

/// <summary>
/// An employer's work: the hires to confirm (employment this month, retention checks) and the draft hiring-incentive
/// applications that still miss a document. The employer's own applications only, as on the employer page.
/// </summary>
public static class EmployerTasks
{
    /// <summary>Drafts looked at for missing documents; an employer has a handful at a time.</summary>
    public const int DraftsRead = 20;

    public sealed record Tasks(WorkList<HireToConfirm> Hires, WorkList<EmployerApplicationResponse> Documents, int Applications);

    public static async Task<Tasks> LoadAsync(AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, int take, CancellationToken cancellationToken)
    {
        var applications = await ApplicationAccess.OfEmployer(db, staff).CountAsync(cancellationToken);
        if (applications == 0)
        {
            return new Tasks(WorkList<HireToConfirm>.Empty, WorkList<EmployerApplicationResponse>.Empty, 0);
        }

        var hires = (await EmployerConfirmations.List(db, staff, clock, cancellationToken)).Value!;
        var drafts = await ApplicationAccess.OfEmployer(db, staff).AsNoTracking().Where(a => a.Status == ApplicationStatus.Draft)
            .OrderBy(a => a.CreatedAt).Take(DraftsRead).ToListAsync(cancellationToken);
        var missing = drafts.Count == 0 ? []
            : (await EmployerApplying.DescribeAsync(db, drafts, cancellationToken)).Where(a => a.MissingDocuments.Count > 0).ToList();
        return new Tasks(new WorkList<HireToConfirm>([.. hires.Take(take)], hires.Count),
            new WorkList<EmployerApplicationResponse>([.. missing.Take(take)], missing.Count), applications);
    }
}
