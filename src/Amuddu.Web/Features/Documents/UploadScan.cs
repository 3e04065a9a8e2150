using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Documents;

/// <summary>
/// Attaches the scan of a document: a PDF, JPEG or PNG of at most 5 MB, recognised by its content
/// (not by its name or declared type), stored encrypted in the database.
/// </summary>
public static class UploadScan
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public static async Task<Results<NoContent, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Guid documentId, HttpRequest request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector,
        AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        if (person.IsClosed)
        {
            return ClosedFile.Refused(person, text);
        }

        if (request.ContentLength > MaxBytes)
        {
            return Invalid(text["ScanTooLarge", MaxBytes / 1024 / 1024], text);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return await StoreAsync(personId, documentId, buffer.ToArray(), db, staff, protector, audit, clock, text, cancellationToken);
    }

    /// <summary>The check and the storing, shared by the API and the file page's upload form.</summary>
    public static async Task<Results<NoContent, ValidationProblem, NotFound, ProblemHttpResult>> StoreAsync(
        Guid personId, Guid documentId, byte[] content, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector,
        AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var document = await db.IdentityDocuments.SingleOrDefaultAsync(
            d => d.Id == documentId && d.PersonId == personId && d.OrganisationId == staff.OrganisationId, cancellationToken);
        if (document is null)
        {
            return TypedResults.NotFound();
        }

        // A scan is pathway data like the document itself: both the API and the file page stop here without consent.
        if (!await ProcessingConsent.IsInForceAsync(db, personId, clock, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        if (content.Length > MaxBytes)
        {
            return Invalid(text["ScanTooLarge", MaxBytes / 1024 / 1024], text);
        }

        if (ScanType.Of(content) is not { } contentType)
        {
            return Invalid(text["ScanNotAllowed"], text);
        }

        var scan = await db.DocumentScans.SingleOrDefaultAsync(s => s.DocumentId == documentId, cancellationToken);
        if (scan is null)
        {
            db.DocumentScans.Add(new DocumentScan { DocumentId = documentId, Cipher = protector.Protect(content) });
        }
        else
        {
            scan.Cipher = protector.Protect(content);
        }

        document.ScanContentType = contentType;
        document.ScanSize = content.Length;
        audit.Add(db, AuditActions.DocumentScanUploaded, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"document {documentId}: {contentType}, {content.Length} bytes");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ValidationProblem Invalid(string message, IStringLocalizer<SharedResource> text) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["scan"] = [message] }, title: text["ValidationTitle"]);
}

/// <summary>Recognises the three accepted formats by their first bytes.</summary>
public static class ScanType
{
    public static string? Of(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? "application/pdf"
        : content.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) ? "image/jpeg"
        : content.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) ? "image/png"
        : null;

    /// <summary>The file name extension of a type <see cref="Of"/> recognised.</summary>
    public static string Extension(string? contentType) => contentType switch
    {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        _ => "png",
    };
}
