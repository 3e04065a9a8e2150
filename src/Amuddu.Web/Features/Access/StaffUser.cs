using Amuddu.Web.Features.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Access;

/// <summary>A staff account. It belongs to one organisation and, optionally, one of its sites.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public StaffUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public required string DisplayName { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid? SiteId { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The staff member's manager, to whom overdue work (a referral left unanswered) is escalated.</summary>
    public Guid? ManagerId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The 30-second step of the last authenticator code accepted: a code is good once (ASVS 2.8.4).</summary>
    public long? LastAuthenticatorStep { get; set; }
}

public sealed class StaffRole : IdentityRole<Guid>
{
    public StaffRole()
    {
        Id = Guid.CreateVersion7();
    }

    public StaffRole(string name) : this()
    {
        Name = name;
        NormalizedName = name.ToUpperInvariant();
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(u => u.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.OrganisationId);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(u => u.ManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}
