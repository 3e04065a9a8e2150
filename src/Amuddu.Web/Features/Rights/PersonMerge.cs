using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Rights;

/// <summary>
/// Two files found to be the same person: the duplicate's rows were moved to the survivor, the
/// duplicate itself was kept (marked merged). Each moved row is listed, so an undo moves back exactly those.
/// </summary>
public sealed class PersonMerge
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid SurvivorId { get; init; }
    public Guid DuplicateId { get; init; }
    public DateTimeOffset MergedAt { get; init; }
    public Guid? MergedBy { get; init; }
    public DateTimeOffset? UndoneAt { get; set; }
    public Guid? UndoneBy { get; set; }
    public List<PersonMergeRow> Rows { get; init; } = [];
}

/// <summary>One row moved by a merge: its table and primary key.</summary>
public sealed class PersonMergeRow
{
    public Guid MergeId { get; init; }
    public required string Table { get; init; }
    public required string RowId { get; init; }
}

internal sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMerge>
{
    public void Configure(EntityTypeBuilder<PersonMerge> builder)
    {
        builder.ToTable("person_merges");
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.SurvivorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.DuplicateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(m => m.MergedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(m => m.UndoneBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Rows).WithOne().HasForeignKey(r => r.MergeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.SurvivorId);
        builder.HasIndex(m => m.DuplicateId);
        // Undoing is the only change a merge ever sees; two at once must not both succeed.
        builder.Property(m => m.UndoneAt).IsConcurrencyToken();
    }
}

internal sealed class PersonMergeRowConfiguration : IEntityTypeConfiguration<PersonMergeRow>
{
    public void Configure(EntityTypeBuilder<PersonMergeRow> builder)
    {
        builder.ToTable("person_merge_rows");
        builder.HasKey(r => new { r.MergeId, r.Table, r.RowId });
        builder.Property(r => r.Table).HasMaxLength(64);
        builder.Property(r => r.RowId).HasMaxLength(64);
    }
}
