using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// A file of a module (slides, a handout) in one language. A new upload in the same language is version n+1 of it;
/// the earlier versions stay and may still be downloaded.
/// </summary>
public sealed class ModuleMaterial
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ModuleId { get; init; }

    /// <summary>fr, ar or en.</summary>
    public required string Language { get; init; }
    public int VersionNumber { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public Guid? UploadedBy { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}

/// <summary>The bytes of a material, apart so that listing the materials never reads them.</summary>
public sealed class ModuleMaterialContent
{
    public Guid MaterialId { get; init; }
    public required byte[] Content { get; init; }
}

internal sealed class ModuleMaterialConfiguration : IEntityTypeConfiguration<ModuleMaterial>
{
    public void Configure(EntityTypeBuilder<ModuleMaterial> builder)
    {
        builder.ToTable("module_materials");
        builder.Property(m => m.Language).HasMaxLength(2);
        builder.Property(m => m.FileName).HasMaxLength(200);
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.HasOne<TrainingModule>().WithMany().HasForeignKey(m => m.ModuleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ModuleId, m.Language, m.VersionNumber }).IsUnique();
    }
}

internal sealed class ModuleMaterialContentConfiguration : IEntityTypeConfiguration<ModuleMaterialContent>
{
    public void Configure(EntityTypeBuilder<ModuleMaterialContent> builder)
    {
        builder.ToTable("module_material_contents");
        builder.HasKey(c => c.MaterialId);
        builder.HasOne<ModuleMaterial>().WithOne().HasForeignKey<ModuleMaterialContent>(c => c.MaterialId).OnDelete(DeleteBehavior.Cascade);
    }
}
