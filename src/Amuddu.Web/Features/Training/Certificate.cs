using System.Security.Cryptography;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// The certificate of a participant who met the cycle's completion rule. Anyone may check its code on the public
/// page /verify/{code}; a revoked one answers that it was revoked, and when.
/// </summary>
public sealed class TrainingCertificate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CycleId { get; init; }
    public Guid ParticipantId { get; init; }
    public Guid UserId { get; init; }

    /// <summary>The holder's name as it was when issued: what the certificate and its verification show.</summary>
    public required string HolderName { get; init; }

    /// <summary>The verification code: <see cref="CertificateCodes.Length"/> characters of Crockford's base32, from a cryptographic generator.</summary>
    public required string Code { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
    public Guid IssuedBy { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }
    public Guid? RevokedBy { get; set; }
    public string? RevocationReason { get; set; }
}

/// <summary>Verification codes: unguessable, easy to read aloud and to type (no I, L, O or U; case and dashes ignored).</summary>
public static class CertificateCodes
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>12 characters of 5 bits: 60 bits, far beyond what anyone can try at the public page's rate limit.</summary>
    public const int Length = 12;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The code as stored, from what a person typed (lower case, dashes, spaces, O for 0, I or L for 1), or null when it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }

        var chars = new List<char>(Length);
        foreach (var c in typed.ToUpperInvariant())
        {
            var mapped = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (mapped is '-' or ' ')
            {
                continue;
            }

            if (!Alphabet.Contains(mapped, StringComparison.Ordinal))
            {
                return null;
            }

            chars.Add(mapped);
        }

        return chars.Count == Length ? new string([.. chars]) : null;
    }

    /// <summary>In groups of four, as printed: 7K3M-Q9TX-2HBD.</summary>
    public static string Display(string code) => string.Join('-', code.Chunk(4).Select(c => new string(c)));
}

internal sealed class TrainingCertificateConfiguration : IEntityTypeConfiguration<TrainingCertificate>
{
    public void Configure(EntityTypeBuilder<TrainingCertificate> builder)
    {
        builder.ToTable("training_certificates");
        builder.Property(c => c.HolderName).HasMaxLength(200);
        builder.Property(c => c.Code).HasMaxLength(CertificateCodes.Length);
        builder.Property(c => c.RevocationReason).HasMaxLength(500);
        builder.HasOne<TrainingCycle>().WithMany().HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CycleParticipant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => new { c.CycleId, c.ParticipantId }).IsUnique();
        builder.HasIndex(c => c.UserId);
    }
}
