using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.FollowUp;

public enum ContactKind
{
    AgencyVisit,
    FieldVisit,
    Phone,
    WhatsApp,
    Email,
    Other,
}

/// <summary>
/// What was said at one contact with a person. The text is encrypted at rest; a sensitive note's
/// text is shown only to <see cref="Access.Policies.SensitiveNoteRoles"/>. A note is corrected by
/// its author only and never deleted (erasing the person blanks the text).
/// </summary>
public sealed class ContactNote : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PersonId { get; init; }
    public Guid OrganisationId { get; init; }
    public ContactKind Kind { get; set; }
    public DateTimeOffset ContactedAt { get; set; }

    /// <summary>Null once the person is erased.</summary>
    public string? TextCipher { get; set; }
    public bool Sensitive { get; set; }
    public Guid AuthorId { get; init; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

internal sealed class ContactNoteConfiguration : IEntityTypeConfiguration<ContactNote>
{
    public void Configure(EntityTypeBuilder<ContactNote> builder)
    {
        builder.ToTable("contact_notes");
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        // 4000 characters of UTF-8 (up to 4 bytes each), encrypted and in base64.
        builder.Property(n => n.TextCipher).HasMaxLength(22000);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.PersonId, n.ContactedAt });
        builder.ConfigureAudited();
    }
}

public sealed record NoteResponse(
    Guid Id, ContactKind Kind, DateTimeOffset ContactedAt, bool Sensitive, bool Restricted, string? Text,
    Guid AuthorId, string? AuthorName, DateTimeOffset RecordedAt, DateTimeOffset UpdatedAt, long Version);
