using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Organisations;

public enum OrganisationKind
{
    EmploymentService,
    SocialAssistance,
    Ngo,
    TrainingProvider,
    Employer,
    Donor,

    /// <summary>A public employment service of another country (VDAB, Le Forem) whose experts train staff and host peer exchanges.</summary>
    ForeignEmploymentService,
}

public sealed class Organisation : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public string? Acronym { get; set; }
    public OrganisationKind Kind { get; set; }

    /// <summary>The organisation that runs the platform: only its administrators add organisations.</summary>
    public bool IsPlatformOperator { get; set; }

    /// <summary>Region of the head office (reference data code, e.g. MA-06).</summary>
    public string? RegionCode { get; set; }
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }

    // Directory
    /// <summary>What the organisation does for migrants and refugees, as partners read it in the directory.</summary>
    public string? Description { get; set; }
    public string? Address { get; set; }
    public string? City { get; set; }

    /// <summary>Regions (reference data codes) the organisation serves beyond its head office's.</summary>
    public List<string> RegionsCovered { get; set; } = [];

    /// <summary>Public contact points of the organisation (never a staff member's own).</summary>
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? Website { get; set; }
    public string? OpeningHours { get; set; }

    /// <summary>Whether partners may refer people to it through the platform.</summary>
    public bool AcceptsReferrals { get; set; }

    /// <summary>When the organisation last saved its profile; stale profiles are flagged like stale offers.</summary>
    public DateOnly? ProfileVerifiedOn { get; set; }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Acronym).HasMaxLength(20);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.RegionCode).HasMaxLength(16);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.ConfigureAudited();
        builder.Property(o => o.Description).HasMaxLength(2000);
        builder.Property(o => o.Address).HasMaxLength(300);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.ContactPhone).HasMaxLength(20);
        builder.Property(o => o.ContactEmail).HasMaxLength(256);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.Property(o => o.OpeningHours).HasMaxLength(300);
    }
}
