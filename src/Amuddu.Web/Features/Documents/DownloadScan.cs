using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Documents;

/// <summary>Decrypts and returns a scan, as an attachment; every download is in the audit trail.</summary>
public static class DownloadScan
{
    public static async Task<Results<FileContentHttpResult, NotFound>> Handle(
        Guid personId, Guid documentId, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        CancellationToken cancellationToken)
    {
        var document = await db.IdentityDocuments.AsNoTracking().SingleOrDefaultAsync(
            d => d.Id == documentId && d.PersonId == personId && d.OrganisationId == staff.OrganisationId, cancellationToken);
        var scan = document?.ScanContentType is null
            ? null
            : await db.DocumentScans.AsNoTracking().SingleOrDefaultAsync(s => s.DocumentId == documentId, cancellationToken);
        if (document is null || scan is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(AuditActions.DocumentScanViewed, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"document {documentId}", cancellationToken);
        return TypedResults.File(protector.Unprotect(scan.Cipher), document.ScanContentType,
            $"document-{documentId}.{ScanType.Extension(document.ScanContentType)}");
    }
}
