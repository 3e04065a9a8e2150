using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.ReferenceData;

public enum ReferenceKind
{
    Region,
    Country,
    Language,
    DocumentType,
    LegalStatus,
}

/// <summary>A code with its name in French, Arabic and English (regions, ISO 3166 countries, ISO 639 languages...).</summary>
public sealed class ReferenceItem
{
    public ReferenceKind Kind { get; init; }
    public required string Code { get; init; }
    public required string NameFr { get; set; }
    public required string NameAr { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;

    public string NameIn(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "ar" => NameAr,
        "en" => NameEn,
        _ => NameFr,
    };
}

internal sealed class ReferenceItemConfiguration : IEntityTypeConfiguration<ReferenceItem>
{
    public void Configure(EntityTypeBuilder<ReferenceItem> builder)
    {
        builder.ToTable("reference_items");
        builder.HasKey(r => new { r.Kind, r.Code });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Code).HasMaxLength(32);
        builder.Property(r => r.NameFr).HasMaxLength(200);
        builder.Property(r => r.NameAr).HasMaxLength(200);
        builder.Property(r => r.NameEn).HasMaxLength(200);
    }
}
