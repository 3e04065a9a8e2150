using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Sessions;

public enum SessionTopic
{
    VocationalTraining,
    EmploymentServices,
    SelfEmployment,
    RightsAtWork,
    LanguageCourses,
    Other,
}

public enum SessionStatus
{
    /// <summary>Being prepared: visible to staff only.</summary>
    Planned,

    /// <summary>On the public calendar, open for registration while seats are left.</summary>
    Published,
    Held,
    Cancelled,
}

/// <summary>
/// An information session run by a community agent and a counsellor in an agency or at a
/// partner's premises, where people met in the field learn what the service offers.
/// </summary>
public sealed class InfoSession : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }

    /// <summary>The agency it is held in, or whose agency runs it at a partner's premises.</summary>
    public Guid SiteId { get; set; }
    public SessionTopic Topic { get; set; }

    /// <summary>A title for the public calendar, in the session's language.</summary>
    public required string Title { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public int DurationMinutes { get; set; }

    /// <summary>Where exactly, when not at the site itself (a partner's address).</summary>
    public string? Place { get; set; }

    /// <summary>The language the session is given in (ISO 639: "fr", "ar", "en", "ary", ...).</summary>
    public required string Language { get; set; }
    public int Capacity { get; set; }
    public Guid? AgentId { get; set; }
    public Guid? CounsellorId { get; set; }
    public SessionStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

public enum RegistrationStatus
{
    Registered,
    Attended,
    Absent,
    Cancelled,
}

/// <summary>What happened after the session for this participant.</summary>
public enum SessionFollowUp
{
    None,
    ConvertedToFile,
    Referred,
    BookedForPositioning,
}

/// <summary>
/// One participant's place in a session: a pre-registration (met in the field or from the public
/// form) or an existing full file, exactly one of the two.
/// </summary>
public sealed class SessionRegistration : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SessionId { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid? PreRegistrationId { get; init; }
    public Guid? PersonId { get; set; }
    public RegistrationStatus Status { get; set; }
    public DateTimeOffset? AttendanceTakenAt { get; set; }
    public SessionFollowUp FollowUp { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

internal sealed class InfoSessionConfiguration : IEntityTypeConfiguration<InfoSession>
{
    public void Configure(EntityTypeBuilder<InfoSession> builder)
    {
        builder.ToTable("info_sessions");
        builder.Property(s => s.Topic).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Place).HasMaxLength(300);
        builder.Property(s => s.Language).HasMaxLength(8);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.AgentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.CounsellorId).OnDelete(DeleteBehavior.Restrict);
        // The public calendar: published sessions from now on.
        builder.HasIndex(s => new { s.Status, s.StartsAt });
        builder.HasIndex(s => new { s.OrganisationId, s.StartsAt });
        builder.HasIndex(s => new { s.OrganisationId, s.UpdatedAt });
        builder.ConfigureAudited();
    }
}

internal sealed class SessionRegistrationConfiguration : IEntityTypeConfiguration<SessionRegistration>
{
    public void Configure(EntityTypeBuilder<SessionRegistration> builder)
    {
        builder.ToTable("session_registrations");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.FollowUp).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<InfoSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PreRegistration>().WithMany().HasForeignKey(r => r.PreRegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        // Nobody holds two places in the same session.
        builder.HasIndex(r => new { r.SessionId, r.PreRegistrationId }).IsUnique();
        builder.HasIndex(r => new { r.SessionId, r.PersonId }).IsUnique();
        // A pre-registration's registrations, and whether it attended one (the outreach funnel asks for each) on the index alone.
        builder.HasIndex(r => new { r.PreRegistrationId, r.Status });
        builder.HasIndex(r => r.PersonId);
        builder.HasIndex(r => new { r.OrganisationId, r.UpdatedAt });
        builder.ConfigureAudited();
    }
}
