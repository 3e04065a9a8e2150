using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Audit;

/// <summary>
/// One line of the audit trail: who (and of which organisation) did what, when (UTC) and from where.
/// Never holds a password, token or code.
/// </summary>
public sealed class AuditEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset OccurredAt { get; init; }
    public required string Action { get; init; }
    public Guid? UserId { get; init; }
    public Guid? OrganisationId { get; init; }

    /// <summary>What the event is about: an account's e-mail, an object's kind and id, a path.</summary>
    public string? Subject { get; init; }
    public string? Detail { get; init; }
    public string? IpAddress { get; init; }
    public string? UserAgent { get; init; }

    /// <summary>Place in the organisation's chain (1, 2, 3…); entries without organisation have a chain of their own.</summary>
    public long Sequence { get; internal set; }

    /// <summary>The <see cref="Hash"/> of the entry before in the same chain; null for the first.</summary>
    public string? PreviousHash { get; internal set; }

    /// <summary>SHA-256 (lowercase hex) of this entry's canonical encoding, see <see cref="AuditChain"/>.</summary>
    public string Hash { get; internal set; } = "";
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Subject).HasMaxLength(256);
        builder.Property(a => a.Detail).HasMaxLength(1000);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.UserAgent).HasMaxLength(256);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.HasIndex(a => new { a.OrganisationId, a.OccurredAt });
        // One entry per place in a chain; also how the next entry finds the one before it.
        builder.HasIndex(a => new { a.OrganisationId, a.Sequence }).IsUnique();
        builder.HasIndex(a => new { a.UserId, a.OccurredAt });
        // A file's access log and timeline read its events by subject.
        builder.HasIndex(a => new { a.Subject, a.OccurredAt });
    }
}
