using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>The coordinator revokes a certificate, with a reason: its public verification then says it was revoked, and when.</summary>
public static class CertificateRevoke
{
    public const int ReasonLength = 500;

    public static async Task<Results<Ok<CertificateResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid certificateId, RevokeInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var certificate = await db.TrainingCertificates.SingleOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (certificate is null || await TestAccess.CoordinatedCycleAsync(db, staff, certificate.CycleId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text)
            .Required("reason", request.Reason, "Certificate.Field.Reason")
            .MaxLength("reason", request.Reason, ReasonLength, "Certificate.Field.Reason");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (certificate.RevokedAt is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict, title: text["Certificate.AlreadyRevoked"]);
        }

        certificate.RevokedAt = clock.GetUtcNow();
        certificate.RevokedBy = staff.UserId;
        certificate.RevocationReason = request.Reason!.Trim();
        audit.Add(db, TestAudit.CertificateRevoked, staff.UserId, staff.OrganisationId, TestAudit.CertificateSubject(certificate.Id));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CertificateResponse.From(certificate));
    }
}
