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
    }
}
