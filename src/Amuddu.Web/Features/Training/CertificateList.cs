using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>The coordinator's list of a cycle's participants with their completion and certificate.</summary>
public static class CertificateList
{
    public static async Task<Results<Ok<CertificatesResponse>, NotFound>> Handle(
        Guid cycleId, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        await TestAccess.CoordinatedCycleAsync(db, staff, cycleId, cancellationToken) is { } cycle
            ? TypedResults.Ok(await LoadAsync(db, cycle, 0, cancellationToken))
            : TypedResults.NotFound();

    public static async Task<CertificatesResponse> LoadAsync(AmudduDbContext db, TrainingCycle cycle, int issued, CancellationToken cancellationToken)
    {
        var rows = await (
            from p in db.CycleParticipants.AsNoTracking()
            where p.CycleId == cycle.Id && p.Status == ParticipantStatus.Enrolled
            join u in db.Users on p.UserId equals u.Id
            join s in db.Sites on u.SiteId equals s.Id into sites
            from s in sites.DefaultIfEmpty()
            select new { p.Id, u.DisplayName, Agency = s == null ? null : s.Name, p.CompletedAt }).ToListAsync(cancellationToken);
        var certificates = await db.TrainingCertificates.AsNoTracking().Where(c => c.CycleId == cycle.Id).ToDictionaryAsync(c => c.ParticipantId, cancellationToken);
        return new CertificatesResponse(cycle.Id, cycle.Title, issued, [.. rows
            .OrderBy(r => r.Agency).ThenBy(r => r.DisplayName, StringComparer.CurrentCulture)
            .Select(r => new CertificateRow(r.Id, r.DisplayName, r.Agency, r.CompletedAt,
                certificates.TryGetValue(r.Id, out var c) ? CertificateResponse.From(c) : null))]);
    }
}
