using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Documents;

/// <summary>
/// A residence card, refugee card, UNHCR certificate, asylum-seeker receipt, passport or national ID of a person.
/// The number is stored encrypted, with a keyed fingerprint for exact-match search; the scan, if any,
/// is stored encrypted in <see cref="DocumentScan"/>.
/// </summary>
public sealed class IdentityDocument
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PersonId { get; init; }
    public Guid OrganisationId { get; init; }
    public required string TypeCode { get; init; }
    public required string NumberCipher { get; set; }
    public required string NumberFingerprint { get; set; }
    public string? IssuingAuthority { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public string? ScanContentType { get; set; }
    public long? ScanSize { get; set; }
    public Guid? RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

/// <summary>The encrypted bytes of a scan, apart from the document so that listing documents never loads files.</summary>
public sealed class DocumentScan
{
    public Guid DocumentId { get; init; }
    public required byte[] Cipher { get; set; }
}

internal sealed class IdentityDocumentConfiguration : IEntityTypeConfiguration<IdentityDocument>
{
    public void Configure(EntityTypeBuilder<IdentityDocument> builder)
    {
        builder.ToTable("identity_documents");
        builder.Property(d => d.TypeCode).HasMaxLength(32);
        builder.Property(d => d.NumberCipher).HasMaxLength(200);
        builder.Property(d => d.NumberFingerprint).HasMaxLength(64);
        builder.Property(d => d.IssuingAuthority).HasMaxLength(200);
        builder.Property(d => d.ScanContentType).HasMaxLength(32);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.OrganisationId, d.NumberFingerprint });
        builder.HasIndex(d => new { d.OrganisationId, d.ExpiresOn });
        builder.HasIndex(d => d.PersonId);
        builder.HasIndex(d => new { d.OrganisationId, d.RecordedAt });
    }
}

internal sealed class DocumentScanConfiguration : IEntityTypeConfiguration<DocumentScan>
{
    public void Configure(EntityTypeBuilder<DocumentScan> builder)
    {
        builder.ToTable("document_scans");
        builder.HasKey(s => s.DocumentId);
        builder.HasOne<IdentityDocument>().WithOne().HasForeignKey<DocumentScan>(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
