using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Outreach;

public enum OutreachStatus
{
    Planned,
    Done,
    Cancelled,
}

public enum VenueType
{
    Market,
    Association,
    Church,
    Mosque,
    HousingArea,
    Other,
}

public enum AgeBand
{
    Under18,
    From18To24,
    From25To34,
    From35,
}

public enum MaterialKind
{
    Leaflet,
    Poster,
    BusinessCard,
    Other,
}

/// <summary>How many people of one sex and age band the agents spoke with: counts only, never a person.</summary>
public sealed class ReachCount
{
    public Sex Sex { get; set; }
    public AgeBand AgeBand { get; set; }
    public int Count { get; set; }
}

public sealed class NationalityReach
{
    public required string NationalityCode { get; set; }
    public int Count { get; set; }
}

public sealed class MaterialCount
{
    public MaterialKind Kind { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// Community agents going out to a neighbourhood (a market, an association, a place of worship,
/// a housing area): planned ahead, then logged on the spot with how many people were reached.
/// </summary>
public sealed class OutreachActivity : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }

    /// <summary>The agency whose figures the activity counts in.</summary>
    public Guid SiteId { get; set; }
    public DateTimeOffset PlannedAt { get; set; }
    public OutreachStatus Status { get; set; }

    public required string RegionCode { get; set; }
    public required string City { get; set; }
    public string? Neighbourhood { get; set; }
    public VenueType VenueType { get; set; }
    public string? VenueName { get; set; }

    /// <summary>ISO 639 codes.</summary>
    public List<string> Languages { get; set; } = [];
    public List<OutreachActivityAgent> Agents { get; set; } = [];
    public List<ReachCount> Reached { get; set; } = [];
    public List<NationalityReach> Nationalities { get; set; } = [];
    public List<MaterialCount> Materials { get; set; } = [];

    /// <summary>The sum of <see cref="Reached"/>, kept as a column so the funnel adds it up in the database.</summary>
    public int ReachedTotal { get; set; }
    public int FollowUpsPromised { get; set; }
    public string? FollowUpsText { get; set; }
    public string? Notes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>A staff member present at an activity: a row of its own so the funnel can count per agent in the database.</summary>
public sealed class OutreachActivityAgent
{
    public Guid ActivityId { get; init; }
    public Guid AgentId { get; init; }
}

internal sealed class OutreachActivityConfiguration : IEntityTypeConfiguration<OutreachActivity>
{
    public void Configure(EntityTypeBuilder<OutreachActivity> builder)
    {
        builder.ToTable("outreach_activities");
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.VenueType).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.RegionCode).HasMaxLength(8);
        builder.Property(a => a.City).HasMaxLength(100);
        builder.Property(a => a.Neighbourhood).HasMaxLength(100);
        builder.Property(a => a.VenueName).HasMaxLength(200);
        builder.Property(a => a.FollowUpsText).HasMaxLength(500);
        builder.Property(a => a.Notes).HasMaxLength(2000);
        builder.PrimitiveCollection(a => a.Languages);
        builder.HasMany(a => a.Agents).WithOne().HasForeignKey(a => a.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(a => a.Reached, r =>
        {
            r.ToJson("reached");
            r.Property(x => x.Sex).HasConversion<string>();
            r.Property(x => x.AgeBand).HasConversion<string>();
        });
        builder.OwnsMany(a => a.Nationalities, n => n.ToJson("nationalities"));
        builder.OwnsMany(a => a.Materials, m =>
        {
            m.ToJson("materials");
            m.Property(x => x.Kind).HasConversion<string>();
        });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OrganisationId, a.PlannedAt });
        builder.HasIndex(a => new { a.OrganisationId, a.UpdatedAt });
        builder.HasIndex(a => new { a.OrganisationId, a.SiteId, a.PlannedAt });
        builder.ConfigureAudited();
    }
}

internal sealed class OutreachActivityAgentConfiguration : IEntityTypeConfiguration<OutreachActivityAgent>
{
    public void Configure(EntityTypeBuilder<OutreachActivityAgent> builder)
    {
        builder.ToTable("outreach_activity_agents");
        builder.HasKey(a => new { a.ActivityId, a.AgentId });
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.AgentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.AgentId);
    }
}
