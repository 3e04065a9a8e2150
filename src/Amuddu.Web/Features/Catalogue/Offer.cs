using Amuddu.Web.Data;
using Amuddu.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Catalogue;

/// <summary>What an offer is; the first is a training, the others are services.</summary>
public enum OfferKind
{
    VocationalTraining,
    EmploymentSupport,
    SelfEmploymentSupport,
    SocialAssistance,
    LanguageCourse,
    LegalAid,
}

/// <summary>Who may apply, as a visitor filters it; an offer carries one or more.</summary>
public enum Eligibility
{
    /// <summary>Whatever the legal status, documents or not.</summary>
    AnyStatus,
    ResidencePermitRequired,
    RefugeesAndAsylumSeekers,
    Women,

    /// <summary>Young people (18 to 35).</summary>
    Youth,
}

public enum OfferStatus
{
    /// <summary>Being written: staff only.</summary>
    Draft,

    /// <summary>On the public catalogue and in the HSDS endpoints.</summary>
    Published,

    /// <summary>No longer offered; kept for the record, hidden from the public.</summary>
    Archived,
}

/// <summary>
/// A training or a service an organisation offers to migrants and refugees, kept by that
/// organisation's staff and shown on the public catalogue once published. Its words are written
/// in up to three languages (<see cref="OfferText"/>); the public page falls back to French.
/// </summary>
public sealed class Offer : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The organisation that keeps the entry (and answers for it).</summary>
    public Guid OrganisationId { get; init; }
    public OfferKind Kind { get; set; }
    public OfferStatus Status { get; set; }

    /// <summary>Who delivers it when not the keeping organisation itself (a training centre, an imported partner).</summary>
    public string? ProviderName { get; set; }

    /// <summary>The site it is delivered at, when it is one of the organisation's own.</summary>
    public Guid? SiteId { get; set; }
    public required string RegionCode { get; set; }
    public required string City { get; set; }
    public string? Address { get; set; }

    /// <summary>For a training: the occupation it leads to (taxonomy code, see Positioning/Taxonomy).</summary>
    public string? OccupationCode { get; set; }

    /// <summary>Total length in hours, and in weeks as people say it.</summary>
    public int? DurationHours { get; set; }
    public int? DurationWeeks { get; set; }

    /// <summary>Cost to the participant in whole dirhams; 0 is free.</summary>
    public int CostMad { get; set; }
    public bool GrantAvailable { get; set; }
    public int? Seats { get; set; }
    public List<DateOnly> StartDates { get; set; } = [];

    /// <summary>ISO 639 codes of the languages it is given in.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Document type codes (reference data "document-type") asked for when applying.</summary>
    public List<string> RequiredDocuments { get; set; } = [];
    public List<Eligibility> Eligibility { get; set; } = [];
    public int? MinimumAge { get; set; }
    public int? MaximumAge { get; set; }

    /// <summary>Public contact points of the offer (never a staff member's own).</summary>
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? Url { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>When someone last checked the entry is still true; stale entries are flagged.</summary>
    public DateOnly? LastVerifiedOn { get; set; }
    public Guid? LastVerifiedBy { get; set; }

    public List<OfferText> Texts { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }

    // HSDS import
    /// <summary>The service's id in the package it was imported from, so importing it again updates this offer.</summary>
    public Guid? HsdsServiceId { get; set; }

    /// <summary>The providing organisation's id in that package; with <see cref="ProviderName"/>, it is the HSDS organization this offer is published under.</summary>
    public Guid? HsdsOrganizationId { get; set; }
    public string? ProviderDescription { get; set; }

    /// <summary>The location's id in that package, kept so that exporting the offer again gives the same location.</summary>
    public Guid? HsdsLocationId { get; set; }

    // Directory
    /// <summary>Live capacity as the organisation last gave it: places still free, and how long people wait to start.</summary>
    public int? SeatsLeft { get; set; }
    public int? WaitingWeeks { get; set; }
    public DateTimeOffset? CapacityUpdatedAt { get; set; }
}

/// <summary>An offer's words in one language ("fr", "ar" or "en").</summary>
public sealed class OfferText
{
    public Guid OfferId { get; init; }
    public required string Language { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>When and how often, as people say it ("lundi au vendredi, 9 h – 13 h").</summary>
    public string? Schedule { get; set; }
    public string? EntryRequirements { get; set; }
}

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.ToTable("catalogue_offers");
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.ProviderName).HasMaxLength(200);
        builder.Property(o => o.RegionCode).HasMaxLength(16);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.Address).HasMaxLength(300);
        builder.Property(o => o.OccupationCode).HasMaxLength(32);
        builder.Property(o => o.ContactPhone).HasMaxLength(20);
        builder.Property(o => o.ContactEmail).HasMaxLength(256);
        builder.Property(o => o.Url).HasMaxLength(500);
        builder.PrimitiveCollection(o => o.Eligibility).ElementType(e => e.HasConversion<string>());
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(o => o.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Texts).WithOne().HasForeignKey(t => t.OfferId).OnDelete(DeleteBehavior.Cascade);
        // The public catalogue: published offers by kind and place; staff: their organisation's.
        builder.HasIndex(o => new { o.Status, o.Kind, o.RegionCode, o.City });
        builder.HasIndex(o => new { o.OrganisationId, o.Status });
        builder.Property(o => o.ProviderDescription).HasMaxLength(2000);
        builder.HasIndex(o => new { o.OrganisationId, o.HsdsServiceId });
        builder.ConfigureAudited();
    }
}

internal sealed class OfferTextConfiguration : IEntityTypeConfiguration<OfferText>
{
    public void Configure(EntityTypeBuilder<OfferText> builder)
    {
        builder.ToTable("catalogue_offer_texts");
        builder.HasKey(t => new { t.OfferId, t.Language });
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Description).HasMaxLength(4000);
        builder.Property(t => t.Schedule).HasMaxLength(300);
        builder.Property(t => t.EntryRequirements).HasMaxLength(1000);
    }
}
