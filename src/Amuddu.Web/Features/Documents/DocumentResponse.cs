using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.Documents;

/// <summary>A document as shown and exported; the number is empty once the person's data has been erased.</summary>
public sealed record DocumentResponse(
    Guid Id, string TypeCode, string Number, string? IssuingAuthority, DateOnly? IssuedOn, DateOnly? ExpiresOn, bool Expired,
    string? ScanContentType, long? ScanSize, DateTimeOffset RecordedAt)
{
    public static DocumentResponse From(IdentityDocument d, FieldProtector protector, DateOnly today) => new(
        d.Id, d.TypeCode, d.NumberCipher.Length == 0 ? "" : protector.UnprotectText(d.NumberCipher), d.IssuingAuthority, d.IssuedOn, d.ExpiresOn,
        d.ExpiresOn < today, d.ScanContentType, d.ScanSize, d.RecordedAt);
}

public sealed record DocumentsResponse(LegalStatus LegalStatus, IReadOnlyList<DocumentResponse> Documents);
