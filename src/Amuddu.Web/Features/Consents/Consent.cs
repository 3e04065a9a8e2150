using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Consents;

/// <summary>What a person agreed to (Morocco's law 09-08): each purpose is a consent of its own.</summary>
public enum ConsentPurpose
{
    /// <summary>Keeping and using the file for employment support.</summary>
    Processing,
    ContactBySmsOrWhatsApp,
    SharingWithPartner,
    Statistics,
}

public enum ConsentMethod
{
    SignedForm,
    OralWithWitness,
}

public enum ConsentState
{
    Active,
    NotYetValid,
    Expired,
    Withdrawn,
}

/// <summary>
/// One consent, as given: never edited. A change of mind is a withdrawal (kept, dated, by whom),
/// then a new consent if the person agrees again.
/// </summary>
public sealed class Consent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PersonId { get; init; }
    public Guid OrganisationId { get; init; }
    public ConsentPurpose Purpose { get; init; }

    /// <summary>For sharing: a named partner organisation, or else any partner of a kind.</summary>
    public Guid? RecipientOrganisationId { get; init; }
    public OrganisationKind? RecipientKind { get; init; }

    /// <summary>For sharing: the parts of the file the recipient may see through a referral (identity only when not said).</summary>
    public Referrals.SharedData? SharedData { get; init; }

    public ConsentMethod Method { get; init; }
    public string? WitnessName { get; init; }
    public DateOnly GivenOn { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public Guid? RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    public DateTimeOffset? WithdrawnAt { get; set; }
    public Guid? WithdrawnBy { get; set; }
    public string? WithdrawalNote { get; set; }

    public ConsentState StateOn(DateOnly day) =>
        WithdrawnAt is not null ? ConsentState.Withdrawn
        : GivenOn > day ? ConsentState.NotYetValid
        : ExpiresOn < day ? ConsentState.Expired
        : ConsentState.Active;
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.ToTable("consents");
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Method).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.RecipientKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.SharedData).HasConversion<string>().HasMaxLength(128);
        builder.Property(c => c.WitnessName).HasMaxLength(200);
        builder.Property(c => c.WithdrawalNote).HasMaxLength(1000);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.RecipientOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PersonId, c.Purpose });
        builder.HasIndex(c => new { c.OrganisationId, c.RecordedAt });
        builder.HasIndex(c => new { c.OrganisationId, c.WithdrawnAt });
        // Withdrawing is the only change a consent ever sees; two at once must not both succeed.
        builder.Property(c => c.WithdrawnAt).IsConcurrencyToken();
    }
}
