using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Documents;

/// <summary>
/// Documents with their numbers decrypted and what is known of their scans. Erasing removes numbers,
/// fingerprints, issuers and scans; the type and dates stay, so the legal-status counts stay right.
/// </summary>
public sealed class DocumentsPersonalData(AmudduDbContext db, FieldProtector protector, TimeProvider clock, IStringLocalizer<SharedResource> text)
    : IPersonalDataSection
{
    public string Name => "documents";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var today = SiteTime.Today(clock);
        var documents = await db.IdentityDocuments.AsNoTracking().Where(d => d.PersonId == personId)
            .OrderBy(d => d.RecordedAt).ToListAsync(cancellationToken);
        return documents.Select(d => DocumentResponse.From(d, protector, today)).ToList();
    }

    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        var ids = db.IdentityDocuments.Where(d => d.PersonId == personId).Select(d => d.Id);
        await db.DocumentScans.Where(s => ids.Contains(s.DocumentId)).ExecuteDeleteAsync(cancellationToken);
        await db.IdentityDocuments.Where(d => d.PersonId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.NumberCipher, "")
            .SetProperty(d => d.NumberFingerprint, "")
            .SetProperty(d => d.IssuingAuthority, (string?)null)
            .SetProperty(d => d.ScanContentType, (string?)null)
            .SetProperty(d => d.ScanSize, (long?)null), cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var documents = await db.IdentityDocuments.AsNoTracking().Where(d => d.PersonId == personId)
            .Select(d => new { d.Id, d.TypeCode, d.RecordedAt, d.RecordedBy }).ToListAsync(cancellationToken);
        var types = await ReferenceNames.LoadAsync(db, ReferenceKind.DocumentType);
        var typeOf = documents.ToDictionary(d => $"document {d.Id}", d => types.GetValueOrDefault(d.TypeCode, d.TypeCode));

        // The scan's upload time is kept only in the audit trail, under the file it was uploaded to
        // (which may be a file since merged into this one).
        var subjects = await PeopleAudit.SubjectsAsync(db, personId, cancellationToken);
        var uploads = await db.AuditEvents.AsNoTracking()
            .Where(a => a.Action == AuditActions.DocumentScanUploaded && subjects.Contains(a.Subject!))
            .Select(a => new { a.OccurredAt, a.UserId, a.Detail })
            .ToListAsync(cancellationToken);
        var area = text["Documents"].Value;
        return
        [
            .. documents.Select(d => new TimelineEntry(d.RecordedAt, area, text["Rights.Timeline.DocumentAdded"], typeOf[$"document {d.Id}"], d.RecordedBy)),
            .. uploads.Select(u => (u, Type: typeOf.GetValueOrDefault(u.Detail?.Split(':')[0] ?? "")))
                .Where(x => x.Type is not null)
                .Select(x => new TimelineEntry(x.u.OccurredAt, area, text["Rights.Timeline.ScanUploaded"], x.Type, x.u.UserId)),
        ];
    }
}
