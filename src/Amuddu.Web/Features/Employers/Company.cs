using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Employers;

/// <summary>Broad sectors the employment service's employer-relations counsellors follow.</summary>
public enum CompanySector
{
    Textile,
    CallCentre,
    Construction,
    Agriculture,
    HotelsAndRestaurants,
    Care,
    Retail,
    Industry,
    Transport,
    Cleaning,
    Services,
    Other,
}

/// <summary>Headcount bands as the Moroccan statistics use them (TPE, PME, grande entreprise).</summary>
public enum CompanySize
{
    Micro,
    Small,
    Medium,
    Large,
}

public enum AgreementKind
{
    /// <summary>Convention de partenariat: the company commits to receive candidates of the service.</summary>
    Partnership,

    /// <summary>Convention de stage / d'insertion (contrat d'insertion, ex-CIP).</summary>
    Insertion,

    /// <summary>Charter of non-discrimination in hiring.</summary>
    DiversityCharter,
    Other,
}

public enum InteractionKind
{
    Visit,
    Call,
    Meeting,
    Email,
}

/// <summary>
/// The employment service's file on a company. The company itself is an <see cref="Organisation"/> of kind
/// <see cref="OrganisationKind.Employer"/> (its users sign in to it, its hires and incentives point at it); this
/// file holds what the service follows: the ICE, the sector and size, and the counsellor in charge.
/// </summary>
public sealed class Company : IAudited
{
    /// <summary>The company's organisation: one file per company.</summary>
    public Guid OrganisationId { get; init; }

    /// <summary>The employment service (or partner) that follows the company and validates its vacancies.</summary>
    public Guid ServiceOrganisationId { get; set; }

    /// <summary>Identifiant Commun de l'Entreprise: 15 digits.</summary>
    public string? Ice { get; set; }
    public CompanySector Sector { get; set; }
    public CompanySize Size { get; set; }

    /// <summary>The "conseiller entreprises" in charge of the relation.</summary>
    public Guid? CounsellorId { get; set; }
    public string? Notes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>Someone at the company the service deals with (HR, manager); work contact details only.</summary>
public sealed class CompanyContact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CompanyId { get; init; }
    public required string Name { get; set; }
    public string? JobTitle { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool IsMain { get; set; }
}

public sealed class CompanyAgreement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CompanyId { get; init; }
    public AgreementKind Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly SignedOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public Guid? RecordedBy { get; init; }
}

/// <summary>A visit, call or meeting with the company, as logged by the counsellor.</summary>
public sealed class CompanyInteraction
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CompanyId { get; init; }
    public InteractionKind Kind { get; set; }
    public DateOnly On { get; set; }
    public required string Summary { get; set; }
    public Guid? RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("companies");
        builder.HasKey(c => c.OrganisationId);
        builder.Property(c => c.Ice).HasMaxLength(15);
        builder.Property(c => c.Sector).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Size).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Notes).HasMaxLength(2000);
        builder.HasOne<Organisation>().WithOne().HasForeignKey<Company>(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.ServiceOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.CounsellorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.Ice).IsUnique();
        builder.HasIndex(c => new { c.ServiceOrganisationId, c.Sector });
        builder.ConfigureAudited();
    }
}

internal sealed class CompanyContactConfiguration : IEntityTypeConfiguration<CompanyContact>
{
    public void Configure(EntityTypeBuilder<CompanyContact> builder)
    {
        builder.ToTable("company_contacts");
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.JobTitle).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.HasOne<Company>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompanyAgreementConfiguration : IEntityTypeConfiguration<CompanyAgreement>
{
    public void Configure(EntityTypeBuilder<CompanyAgreement> builder)
    {
        builder.ToTable("company_agreements");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompanyInteractionConfiguration : IEntityTypeConfiguration<CompanyInteraction>
{
    public void Configure(EntityTypeBuilder<CompanyInteraction> builder)
    {
        builder.ToTable("company_interactions");
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Summary).HasMaxLength(2000);
        builder.HasOne<Company>().WithMany().HasForeignKey(i => i.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.CompanyId, i.On });
    }
}
