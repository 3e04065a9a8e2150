using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outreach;

/// <summary>Where a pre-registration came from: the first step of the funnel it counts in.</summary>
public enum PreRegistrationSource
{
    /// <summary>A community agent met the person during an outreach activity (or elsewhere in the field).</summary>
    Outreach,

    /// <summary>The person registered for an information session on the public site.</summary>
    PublicForm,

    /// <summary>Staff noted the person at an information session they came to without registering.</summary>
    Session,
}

/// <summary>What the person said they are interested in.</summary>
public enum Interest
{
    VocationalTraining,
    JobSearch,
    SelfEmployment,
    LanguageCourse,
    SocialAssistance,
    LegalAid,
}

/// <summary>The channel the person agreed to be contacted on.</summary>
public enum ContactChannel
{
    Sms,
    WhatsApp,
    Email,
}

public enum PreRegistrationStatus
{
    Open,

    /// <summary>A counsellor turned it into a full file (<see cref="PreRegistration.PersonId"/>), new or existing.</summary>
    Converted,

    /// <summary>Closed without a file: the person declined, could not be reached, or it was a mistake.</summary>
    Closed,
}

/// <summary>
/// The lightest record of a person met in the field or registered on the public site: kept apart
/// from full files (no pathway data hangs on it) until a counsellor converts it, after the
/// duplicate check, into a new or existing <see cref="Person"/>. It holds only what the person
/// gave to be contacted back, with their consent to be contacted.
/// </summary>
public sealed class PreRegistration : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }

    /// <summary>The agency the person is expected at (the agent's site, or the session's).</summary>
    public Guid? SiteId { get; set; }
    public PreRegistrationSource Source { get; init; }

    /// <summary>The outreach activity where the person was met, if any.</summary>
    public Guid? OutreachActivityId { get; set; }

    /// <summary>The community agent who met the person; null for the public form.</summary>
    public Guid? AgentId { get; set; }

    public required string FirstName { get; set; }
    public string? LastName { get; set; }
    public Sex? Sex { get; set; }
    public string? NationalityCode { get; set; }

    /// <summary>The language to speak and write to the person in: "fr", "ar", "en" or another ISO 639 code.</summary>
    public required string Language { get; set; }

    /// <summary>E.164.</summary>
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public List<Interest> Interests { get; set; } = [];

    /// <summary>Without it nobody may call or write to the person; the record only counts.</summary>
    public bool ContactConsent { get; set; }
    public ContactChannel? ContactChannel { get; set; }
    public DateTimeOffset? ContactConsentAt { get; set; }

    public PreRegistrationStatus Status { get; set; }

    /// <summary>The full file it became (set on conversion).</summary>
    public Guid? PersonId { get; set; }
    public DateTimeOffset? ConvertedAt { get; set; }
    public Guid? ConvertedBy { get; set; }

    /// <summary>When a closed or long-idle pre-registration's identifying fields were blanked.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }

    // Outreach: why and when it was closed without a file.
    public PreRegistrationCloseReason? CloseReason { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid? ClosedBy { get; set; }
}

/// <summary>
/// The rule the agents' form and the public form share: a consent to be contacted names a channel,
/// and the channel needs its number or address. Each form words it for its reader (the agent, or
/// the person themself), hence the texts given.
/// </summary>
public static class ContactChannelRule
{
    public sealed record Texts(string ChannelField, string ChannelLabel, string PhoneNeeded, string EmailNeeded);

    public static ValidationErrors Check(ValidationErrors errors, IStringLocalizer text, Texts texts, ContactChannel? channel, string? phone, string? email) =>
        channel switch
        {
            null => errors.Add(texts.ChannelField, text["FieldRequired", text[texts.ChannelLabel]]),
            ContactChannel.Sms or ContactChannel.WhatsApp when string.IsNullOrWhiteSpace(phone) => errors.Add("phone", text[texts.PhoneNeeded]),
            ContactChannel.Email when string.IsNullOrWhiteSpace(email) => errors.Add("email", text[texts.EmailNeeded]),
            _ => errors,
        };
}

internal sealed class PreRegistrationConfiguration : IEntityTypeConfiguration<PreRegistration>
{
    public void Configure(EntityTypeBuilder<PreRegistration> builder)
    {
        builder.ToTable("pre_registrations");
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.ContactChannel).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.NationalityCode).HasMaxLength(8);
        builder.Property(p => p.Language).HasMaxLength(8);
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.Property(p => p.Email).HasMaxLength(256);
        builder.Property(p => p.CloseReason).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(p => p.Interests).ElementType(e => e.HasConversion<string>());
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.AgentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.SetNull);
        // The agents' list: per organisation, newest first, by agent and by site.
        builder.HasIndex(p => new { p.OrganisationId, p.Status, p.CreatedAt });
        builder.HasIndex(p => new { p.OrganisationId, p.AgentId, p.CreatedAt });
        builder.HasIndex(p => new { p.OrganisationId, p.SiteId, p.CreatedAt });
        builder.HasIndex(p => p.PersonId);
        builder.HasIndex(p => new { p.OrganisationId, p.UpdatedAt });
        builder.HasIndex(p => p.OutreachActivityId);
        builder.ConfigureAudited();
    }
}
