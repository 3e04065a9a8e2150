using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Exchanges;

public enum ExchangeKind
{
    StudyVisit,
    JobShadowing,
    Webinar,
    Workshop,
}

/// <summary>What an exchange (and the practices it produces) is about; stored by name.</summary>
public enum ExchangeTheme
{
    Reception,
    Positioning,
    FollowUp,
    EmployerRelations,
    Interculturality,
    Referrals,
    SelfEmployment,
}

/// <summary>
/// Counsellors of one employment service meeting their peers of another (a study visit to VDAB, a webinar with
/// Le Forem) about how each receives and supports migrants and refugees. Run by the organisation's training
/// coordinator; its staff who took part see it and write their learning logs.
/// </summary>
public sealed class PeerExchange : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The organisation whose coordinator records it and whose staff take part.</summary>
    public Guid OrganisationId { get; init; }
    public required string Title { get; set; }
    public ExchangeKind Kind { get; set; }
    public Guid HostOrganisationId { get; set; }
    public Guid VisitingOrganisationId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }

    /// <summary>Where it is held, or the online link for a webinar.</summary>
    public string? Place { get; set; }

    /// <summary><see cref="ExchangeTheme"/> names.</summary>
    public List<string> Themes { get; set; } = [];

    /// <summary>The other side's participants, as typed (one per line): they have no account here.</summary>
    public string? Guests { get; set; }
    public string? Agenda { get; set; }
    public List<ExchangeParticipant> Participants { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>A staff account of the organisation that took part in an exchange.</summary>
public sealed class ExchangeParticipant
{
    public Guid ExchangeId { get; init; }
    public Guid UserId { get; init; }
}

/// <summary>What a participant saw, and one practice they want to try: one log per participant and exchange.</summary>
public sealed class LearningLog : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ExchangeId { get; init; }
    public Guid UserId { get; init; }
    public required string WhatISaw { get; set; }
    public required string PracticeToTry { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

internal sealed class PeerExchangeConfiguration : IEntityTypeConfiguration<PeerExchange>
{
    public void Configure(EntityTypeBuilder<PeerExchange> builder)
    {
        builder.ToTable("peer_exchanges");
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Place).HasMaxLength(300);
        builder.Property(e => e.Guests).HasMaxLength(2000);
        builder.Property(e => e.Agenda).HasMaxLength(4000);
        builder.PrimitiveCollection(e => e.Themes);
        builder.HasMany(e => e.Participants).WithOne().HasForeignKey(p => p.ExchangeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.HostOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.VisitingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.OrganisationId, e.StartsOn });
        builder.ConfigureAudited();
    }
}

internal sealed class ExchangeParticipantConfiguration : IEntityTypeConfiguration<ExchangeParticipant>
{
    public void Configure(EntityTypeBuilder<ExchangeParticipant> builder)
    {
        builder.ToTable("exchange_participants");
        builder.HasKey(p => new { p.ExchangeId, p.UserId });
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.UserId);
    }
}

internal sealed class LearningLogConfiguration : IEntityTypeConfiguration<LearningLog>
{
    public void Configure(EntityTypeBuilder<LearningLog> builder)
    {
        builder.ToTable("learning_logs");
        builder.Property(l => l.WhatISaw).HasMaxLength(4000);
        builder.Property(l => l.PracticeToTry).HasMaxLength(2000);
        builder.HasOne<PeerExchange>().WithMany().HasForeignKey(l => l.ExchangeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.ExchangeId, l.UserId }).IsUnique();
        builder.ConfigureAudited();
    }
}
