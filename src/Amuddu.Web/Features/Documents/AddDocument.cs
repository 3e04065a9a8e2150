using System.Text.RegularExpressions;
using Amuddu.Linkage.Normalisation;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Matching;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Documents;

/// <summary>Records a document a person showed: type, number (encrypted), issuer and dates.</summary>
public static partial class AddDocument
{
    public sealed record Request(string? TypeCode, string? Number, string? IssuingAuthority, DateOnly? IssuedOn, DateOnly? ExpiresOn);

    public static async Task<Results<Created<DocumentResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit,
        TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
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

        var today = SiteTime.Today(clock);
        if (!await ProcessingConsent.IsInForceAsync(db, personId, today, cancellationToken))
        {
            return ProcessingConsent.Missing(text);
        }

        var errors = new ValidationErrors(text)
            .Required("typeCode", request.TypeCode, "DocumentType")
            .Required("number", request.Number, "DocumentNumber")
            .MaxLength("issuingAuthority", request.IssuingAuthority, 200, "IssuingAuthority");
        if (request.TypeCode is { Length: > 0 } type
            && !await db.ReferenceItems.AnyAsync(r => r.Kind == ReferenceKind.DocumentType && r.Code == type, cancellationToken))
        {
            errors.Add("typeCode", text["FieldNotAllowed", text["DocumentType"]]);
        }

        if (request.Number is { Length: > 0 } number && !DocumentNumber().IsMatch(number.Trim()))
        {
            errors.Add("number", text["DocumentNumberInvalid"]);
        }

        if (request.IssuedOn > today)
        {
            errors.Add("issuedOn", text["IssuedInFuture"]);
        }

        if (request.ExpiresOn is { } expires && request.IssuedOn is { } issued && expires <= issued)
        {
            errors.Add("expiresOn", text["ExpiresBeforeIssued"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var clean = request.Number!.Trim();
        var document = new IdentityDocument
        {
            PersonId = personId,
            OrganisationId = person.OrganisationId,
            TypeCode = request.TypeCode!,
            NumberCipher = protector.ProtectText(clean),
            NumberFingerprint = Fingerprint(protector, clean),
            IssuingAuthority = FreeText.Clean(request.IssuingAuthority),
            IssuedOn = request.IssuedOn,
            ExpiresOn = request.ExpiresOn,
            RecordedBy = staff.UserId,
            RecordedAt = clock.GetUtcNow(),
        };
        db.IdentityDocuments.Add(document);
        audit.Add(db, AuditActions.DocumentAdded, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"document {document.Id}: {document.TypeCode}");
        await db.SaveChangesAsync(cancellationToken);
        // The right to work on a vacancy's start date comes from the documents.
        await MatchProfiles.RefreshAsync(db, personId, clock, cancellationToken);
        return TypedResults.Created($"/api/v1/people/{personId}/documents/{document.Id}", DocumentResponse.From(document, protector, today));
    }

    /// <summary>"ab-123 456" and "AB123456" are the same number: the fingerprint is taken of the folded form.</summary>
    public static string Fingerprint(FieldProtector protector, string number) => protector.Fingerprint(ValueNormaliser.Document(number));

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 ./-]{2,39}$")]
    private static partial Regex DocumentNumber();
}
