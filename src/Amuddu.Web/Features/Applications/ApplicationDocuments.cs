using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

public sealed record ApplicationDocumentResponse(Guid Id, ApplicationDocumentKind Kind, string FileName, string ContentType, long Size,
    Guid? TrancheId, DateTimeOffset UploadedAt)
{
    public static ApplicationDocumentResponse From(ApplicationDocument d) => new(d.Id, d.Kind, d.FileName, d.ContentType, d.Size, d.TrancheId, d.UploadedAt);
}

/// <summary>
/// The documents an application carries: a PDF, JPEG or PNG of at most 5 MB each, recognised by its content and
/// stored encrypted. They are added until the application is decided; later, only as evidence for one of its
/// tranches (receipts, attendance sheets) once it is contracted. Every upload and every download is audited.
/// </summary>
public static class ApplicationDocuments
{
    public const int MaxBytes = UploadScan.MaxBytes;

    /// <summary>What an employer sends about a hire: the contract and the company's registration.</summary>
    public static readonly ApplicationDocumentKind[] EmployerKinds =
        [ApplicationDocumentKind.EmploymentContract, ApplicationDocumentKind.CompanyRegistration, ApplicationDocumentKind.Other];

    public sealed record Upload(string? Kind, string? FileName, byte[]? Content, string? TrancheId);

    public static async Task<Results<Created<ApplicationDocumentResponse>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Handle(
        Guid id, HttpRequest request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        if (!Applying.MayApply(staff))
        {
            return TypedResults.Forbid();
        }

        return await ReceiveAsync(application, request, kinds: null, db, staff, protector, audit, clock, text, cancellationToken);
    }

    /// <summary>Reads the multipart form (<c>kind</c>, <c>file</c>, optional <c>trancheId</c>) and stores the file.</summary>
    public static async Task<Results<Created<ApplicationDocumentResponse>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> ReceiveAsync(
        SupportApplication application, HttpRequest request, IReadOnlyCollection<ApplicationDocumentKind>? kinds, AmudduDbContext db, ICurrentStaff staff,
        FieldProtector protector, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Applying.Invalid("file", text["FieldRequired", text["Applying.File"]], text);
        }

        if (request.ContentLength > MaxBytes + 64 * 1024)
        {
            return Applying.Invalid("file", text["ScanTooLarge", MaxBytes / 1024 / 1024], text);
        }

        Upload upload;
        try
        {
            upload = await ReadAsync(await request.ReadFormAsync(cancellationToken), cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body sent without its length, longer than the limit.
            return Applying.Invalid("file", text["ScanTooLarge", MaxBytes / 1024 / 1024], text);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A multipart body without its boundary, cut short or otherwise malformed: the caller's mistake, not ours.
            return Applying.Invalid("file", text["Applying.FormUnreadable"], text);
        }

        var (stored, failure) = await StoreAsync(application, upload, kinds,
            db, staff, protector, audit, clock, text, cancellationToken);
        return stored is not null
            ? TypedResults.Created($"/api/v1/applications/{application.Id}/documents/{stored.Id}", ApplicationDocumentResponse.From(stored))
            : Applying.Fail<Created<ApplicationDocumentResponse>>(failure!);
    }

    /// <summary>The posted form (<c>kind</c>, <c>file</c>, <c>trancheId</c>), from the API or a page's upload form.</summary>
    public static async Task<Upload> ReadAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var file = form.Files["file"];
        byte[]? content = null;
        if (file is { Length: > 0 })
        {
            // A file too large is refused before it is read whole.
            content = new byte[Math.Min(file.Length, MaxBytes + 1)];
            await using var stream = file.OpenReadStream();
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        return new Upload(form["kind"], file?.FileName, content, form["trancheId"]);
    }

    /// <summary>
    /// The checks and the storing, for the API and the pages' upload forms. <paramref name="kinds"/> limits the kinds
    /// the caller may send (the employer's); null allows all.
    /// </summary>
    public static async Task<(ApplicationDocument? Stored, IResult? Failure)> StoreAsync(SupportApplication application, Upload upload,
        IReadOnlyCollection<ApplicationDocumentKind>? kinds, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        ApplicationDocumentKind? kind = null;
        if (string.IsNullOrWhiteSpace(upload.Kind))
        {
            errors.Add("kind", text["FieldRequired", text["Applying.DocumentKind"]]);
        }
        else if (!Enum.TryParse<ApplicationDocumentKind>(upload.Kind, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed)
            || int.TryParse(upload.Kind, out _) || (kinds is not null && !kinds.Contains(parsed)))
        {
            errors.Add("kind", text["FieldNotAllowed", text["Applying.DocumentKind"]]);
        }
        else
        {
            kind = parsed;
        }

        Guid? trancheId = null;
        if (!string.IsNullOrWhiteSpace(upload.TrancheId))
        {
            if (kinds is not null)
            {
                errors.Add("trancheId", text["FieldNotAllowed", text["Applying.Tranche"]]);
            }
            else if (Guid.TryParse(upload.TrancheId, out var tranche)
                && await db.Tranches.AnyAsync(t => t.Id == tranche && t.ApplicationId == application.Id, cancellationToken))
            {
                trancheId = tranche;
            }
            else
            {
                errors.Add("trancheId", text["FieldNotAllowed", text["Applying.Tranche"]]);
            }
        }

        string? contentType = null;
        if (upload.Content is not { Length: > 0 } content)
        {
            errors.Add("file", text["FieldRequired", text["Applying.File"]]);
        }
        else if (content.Length > MaxBytes)
        {
            errors.Add("file", text["ScanTooLarge", MaxBytes / 1024 / 1024]);
        }
        else if ((contentType = ScanType.Of(content)) is null)
        {
            errors.Add("file", text["ScanNotAllowed"]);
        }

        if (!errors.IsValid)
        {
            return (null, Applying.Invalid(errors, text));
        }

        // Before the decision the application's file is still being put together; after it, only a tranche's evidence.
        var open = trancheId is null
            ? application.Status is ApplicationStatus.Draft or ApplicationStatus.Submitted or ApplicationStatus.EligibilityChecked or ApplicationStatus.UnderReview
            : application.Status is ApplicationStatus.Contracted or ApplicationStatus.InPayment;
        if (!open)
        {
            return (null, Conflicts.Of(text["Applying.DocumentsClosed", text[$"Application.Status.{application.Status}"]]));
        }

        if (!await ProcessingConsent.IsInForceAsync(db, application.PersonId, clock, cancellationToken))
        {
            return (null, ProcessingConsent.Missing(text));
        }

        var now = clock.GetUtcNow();
        var document = new ApplicationDocument
        {
            ApplicationId = application.Id,
            Kind = kind!.Value,
            FileName = CleanFileName(upload.FileName, kind.Value, contentType!),
            ContentType = contentType!,
            Size = upload.Content!.Length,
            TrancheId = trancheId,
            UploadedBy = staff.UserId,
            UploadedAt = now,
        };
        db.ApplicationDocuments.Add(document);
        db.ApplicationDocumentContents.Add(new ApplicationDocumentContent { DocumentId = document.Id, Cipher = protector.Protect(upload.Content) });
        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.DocumentAdded, note: kind.Value.ToString()));
        audit.Add(db, ApplicationAudit.DocumentAdded, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {application.Id}, document {document.Id}: {document.Kind}, {contentType}, {document.Size} bytes");
        await db.SaveChangesAsync(cancellationToken);
        return (document, null);
    }

    public static Task<List<ApplicationDocumentResponse>> ListAsync(AmudduDbContext db, Guid applicationId, CancellationToken cancellationToken) =>
        db.ApplicationDocuments.AsNoTracking().Where(d => d.ApplicationId == applicationId).OrderBy(d => d.UploadedAt)
            .Select(d => new ApplicationDocumentResponse(d.Id, d.Kind, d.FileName, d.ContentType, d.Size, d.TrancheId, d.UploadedAt))
            .ToListAsync(cancellationToken);

    public static async Task<Results<Ok<List<ApplicationDocumentResponse>>, NotFound>> List(
        Guid id, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken) =>
        await ApplicationAccess.Visible(db, staff).AnyAsync(a => a.Id == id, cancellationToken)
            ? TypedResults.Ok(await ListAsync(db, id, cancellationToken))
            : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> Download(
        Guid id, Guid documentId, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, CancellationToken cancellationToken) =>
        await ApplicationAccess.Visible(db, staff).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } application
            ? await DownloadAsync(application, documentId, db, staff, protector, audit, cancellationToken)
            : TypedResults.NotFound();

    /// <summary>Decrypts a document of <paramref name="application"/>, as an attachment; every download is in the audit trail.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(SupportApplication application, Guid documentId,
        AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, CancellationToken cancellationToken)
    {
        var document = await db.ApplicationDocuments.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == application.Id, cancellationToken);
        var content = document is null
            ? null
            : await db.ApplicationDocumentContents.AsNoTracking().SingleOrDefaultAsync(c => c.DocumentId == documentId, cancellationToken);
        if (document is null || content is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(ApplicationAudit.DocumentRead, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {application.Id}, document {documentId}", cancellationToken);
        return TypedResults.File(protector.Unprotect(content.Cipher), document.ContentType, document.FileName);
    }

    /// <summary>
    /// The name stored and offered on download: the uploader's name cut after its last slash or backslash (browsers on
    /// Windows send "C:\fakepath\x.pdf"), its extension replaced by the one of the type the content was recognised
    /// as ("invoice.html" that is a PDF is kept as "invoice.pdf", and downloaded as one), without the characters a file
    /// system or a header trips on or that hide the real end of a name (controls, bidirectional overrides). The kind,
    /// when nothing is left.
    /// </summary>
    public static string CleanFileName(string? given, ApplicationDocumentKind kind, string contentType)
    {
        var name = given ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            name = name[..dot];
        }

        name = string.Concat(name.Where(c => !char.IsControl(c) && !NotInNames.Contains(c)
            && char.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)));
        name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (name.Length > MaxNameLength)
        {
            name = name[..MaxNameLength].TrimEnd('.', ' ');
        }

        return $"{(name.Length == 0 ? kind.ToString() : name)}.{ScanType.Extension(contentType)}";
    }

    private const int MaxNameLength = 150;

    private static readonly char[] NotInNames = ['<', '>', ':', '"', '/', '\\', '|', '?', '*', ';'];
}
