using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// The coordinator issues the cycle's certificates in one action: one for each enrolled participant who met the
/// completion rule (<see cref="TrainingCompletion"/>) and has none yet. Running it again issues only what is new (a revoked certificate is not issued
/// again: the coordinator decided).
/// </summary>
public static class CertificateIssue
{
    public static async Task<Results<Ok<CertificatesResponse>, NotFound>> Handle(
        Guid cycleId, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IPostTestScores scores,
        CancellationToken cancellationToken)
    {
        if (await TestAccess.CoordinatedCycleAsync(db, staff, cycleId, cancellationToken) is not { } cycle)
        {
            return TypedResults.NotFound();
        }

        var issued = await IssueAsync(db, scores, cycle, staff.UserId!.Value, clock, cancellationToken, () =>
            audit.Add(db, TestAudit.CertificatesIssued, staff.UserId, staff.OrganisationId, TestAudit.CycleSubject(cycleId)));
        return TypedResults.Ok(await CertificateList.LoadAsync(db, cycle, issued, cancellationToken));
    }

    /// <summary>How many were issued; <paramref name="beforeSave"/> adds the audit entry to the same unit of work.</summary>
    public static async Task<int> IssueAsync(
        AmudduDbContext db, IPostTestScores scores, TrainingCycle cycle, Guid issuedBy, TimeProvider clock, CancellationToken cancellationToken,
        Action? beforeSave = null)
    {
        // Completion is settled as attendance and post-tests come in; settled again here for those not yet complete.
        var enrolled = await db.CycleParticipants.AsNoTracking()
            .Where(p => p.CycleId == cycle.Id && p.Status == ParticipantStatus.Enrolled && p.CompletedAt == null)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var participant in enrolled)
        {
            await TrainingCompletion.RecomputeAsync(db, scores, participant, cancellationToken);
        }

        var due = await (
            from p in db.CycleParticipants
            where p.CycleId == cycle.Id && p.Status == ParticipantStatus.Enrolled && p.CompletedAt != null
                && !db.TrainingCertificates.Any(c => c.ParticipantId == p.Id)
            join u in db.Users on p.UserId equals u.Id
            select new { p.Id, p.UserId, u.DisplayName }).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        foreach (var p in due)
        {
            db.TrainingCertificates.Add(new TrainingCertificate
            {
                CycleId = cycle.Id, ParticipantId = p.Id, UserId = p.UserId, HolderName = p.DisplayName,
                Code = CertificateCodes.New(), IssuedAt = now, IssuedBy = issuedBy,
            });
        }

        beforeSave?.Invoke();
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
