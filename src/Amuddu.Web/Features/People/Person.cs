using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.People;

public enum Sex
{
    Female,
    Male,
}

/// <summary>How the person first heard of the service: the outreach funnel starts here.</summary>
public enum HeardFrom
{
    CommunityAgent,
    Ngo,
    FriendOrFamily,
    Agency,
    SocialMedia,
    Other,
}

/// <summary>
/// Where the person is on their pathway; the areas move it forward (positioning, action plan,
/// outcomes) and search filters on it. The outcome values mirror the latest outcome recorded.
/// </summary>
public enum PathwayStage
{
    Received,
    Positioned,
    InActionPlan,
    Employed,
    SelfEmployed,
    InTraining,
    Exited,
}

/// <summary>
/// A migrant or refugee registered with an organisation. Names may be written in Latin script,
/// Arabic script or both; the date of birth may be known only to the year.
/// </summary>
public sealed class Person : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The number written on the person's card and forms; no personal data in it.</summary>
    public required string FileNumber { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid SiteId { get; set; }
    public Guid? CounsellorId { get; set; }

    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? FirstNameArabic { get; set; }
    public string? LastNameArabic { get; set; }
    public Sex Sex { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public int? BirthYear { get; set; }
    public required string NationalityCode { get; set; }
    public List<string> Languages { get; set; } = [];

    /// <summary>E.164, whatever format was typed.</summary>
    public string? Phone { get; set; }
    public string? WhatsApp { get; set; }
    public string? Email { get; set; }

    public required string RegionCode { get; set; }
    public required string City { get; set; }
    public string? Neighbourhood { get; set; }
    public int? HouseholdSize { get; set; }
    public HeardFrom HeardFrom { get; set; }
    public PathwayStage Stage { get; set; }

    /// <summary>When the person's data was erased (on request or at the end of retention); the file stays for the counts.</summary>
    public DateTimeOffset? ErasedAt { get; set; }
    public Guid? ErasedBy { get; set; }

    /// <summary>Set while this file is merged into another: hidden from search, lists and the duplicate check until undone.</summary>
    public Guid? MergedIntoId { get; set; }

    /// <summary>An anonymised or merged file takes no more writes.</summary>
    public bool IsClosed => ErasedAt is not null || MergedIntoId is not null;

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }

    /// <summary>The number of the last transaction that wrote this row, in commit order (<see cref="PeopleChangeSequence"/>): what the duplicate index catches up on.</summary>
    public long ChangeSequence { get; set; }

    /// <summary>The name in each script it was written in: "Mohamed Diallo · محمد ديالو".</summary>
    public string DisplayName => NameOf(FirstName, LastName, FirstNameArabic, LastNameArabic);

    public static string NameOf(string? firstName, string? lastName, string? firstNameArabic, string? lastNameArabic) =>
        string.Join(" · ", new[] { $"{firstName} {lastName}".Trim(), $"{firstNameArabic} {lastNameArabic}".Trim() }.Where(n => n.Length > 0));
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.Property(p => p.FileNumber).HasMaxLength(20);
        builder.HasIndex(p => p.FileNumber).IsUnique();
        foreach (var name in new[] { nameof(Person.FirstName), nameof(Person.LastName), nameof(Person.FirstNameArabic), nameof(Person.LastNameArabic) })
        {
            builder.Property(name).HasMaxLength(100);
        }

        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.HeardFrom).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.NationalityCode).HasMaxLength(8);
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.Property(p => p.WhatsApp).HasMaxLength(20);
        builder.Property(p => p.Email).HasMaxLength(256);
        builder.Property(p => p.RegionCode).HasMaxLength(16);
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.Neighbourhood).HasMaxLength(100);
        builder.Ignore(p => p.DisplayName);
        builder.Ignore(p => p.IsClosed);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        // Almost every file is merged into none: an index of every row would hold only NULLs. Partial, it stays tiny,
        // finds the files merged into one (MergedIntoId = x implies NOT NULL on both engines), and the people list's
        // "MergedIntoId IS NULL" can never pick it over the newest-first index and sort the whole registry.
        builder.HasIndex(p => p.MergedIntoId).HasFilter("\"MergedIntoId\" IS NOT NULL");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.CounsellorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganisationId, p.CreatedAt });
        builder.HasIndex(p => new { p.OrganisationId, p.UpdatedAt });
        // Search filters, each read newest first.
        builder.HasIndex(p => new { p.OrganisationId, p.Stage, p.CreatedAt });
        builder.HasIndex(p => new { p.OrganisationId, p.CounsellorId, p.CreatedAt });
        builder.HasIndex(p => new { p.OrganisationId, p.NationalityCode, p.CreatedAt });
        builder.HasIndex(p => new { p.OrganisationId, p.SiteId, p.CreatedAt });
        // The duplicate index catches up on what was written since it last looked, before every check.
        builder.HasIndex(p => new { p.OrganisationId, p.ChangeSequence });
        builder.ConfigureAudited();
    }
}
