using Amuddu.Web.Data;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Positioning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>
/// A practice seen in an exchange (or brought by one), in the organisation's shared library: its texts are one row
/// per language, the first one written marked as the original, translations added later.
/// </summary>
public sealed class Practice : IAudited
{
    public static readonly string[] Languages = ["fr", "ar", "en"];

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }

    /// <summary>The exchange it came out of, when it came out of one.</summary>
    public Guid? ExchangeId { get; set; }

    /// <summary>The organisation whose practice it is (e.g. VDAB).</summary>
    public Guid SourceOrganisationId { get; set; }

    /// <summary><see cref="ExchangeTheme"/> names.</summary>
    public List<string> Themes { get; set; } = [];

    /// <summary>The language it was first written in (fr, ar or en).</summary>
    public required string OriginalLanguage { get; set; }
    public List<PracticeText> Texts { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>A practice written in one language.</summary>
public sealed class PracticeText
{
    public Guid PracticeId { get; init; }
    public required string Language { get; init; }
    public required string Name { get; set; }
    public required string Context { get; set; }
    public required string WhatIsDone { get; set; }
    public string? Evidence { get; set; }
    public string? Adaptation { get; set; }

    /// <summary>Name and texts lowercased without accents: what the library's word search reads, alike on every engine.</summary>
    public string SearchText { get; set; } = "";
    public DateTimeOffset WrittenAt { get; set; }
    public Guid? WrittenBy { get; set; }

    /// <summary>Folded as the taxonomy's search folds (<see cref="TaxonomyText.Fold"/>): case, accents, Arabic vowels and letter variants aside.</summary>
    public void Index() => SearchText = TaxonomyText.Fold(string.Join(' ', Name, Context, WhatIsDone, Evidence, Adaptation));
}

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.ToTable("practices");
        builder.Property(p => p.OriginalLanguage).HasMaxLength(8);
        builder.PrimitiveCollection(p => p.Themes);
        builder.HasMany(p => p.Texts).WithOne().HasForeignKey(t => t.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.SourceOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PeerExchange>().WithMany().HasForeignKey(p => p.ExchangeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.OrganisationId, p.CreatedAt });
        builder.ConfigureAudited();
    }
}

internal sealed class PracticeTextConfiguration : IEntityTypeConfiguration<PracticeText>
{
    public void Configure(EntityTypeBuilder<PracticeText> builder)
    {
        builder.ToTable("practice_texts");
        builder.HasKey(t => new { t.PracticeId, t.Language });
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Context).HasMaxLength(4000);
        builder.Property(t => t.WhatIsDone).HasMaxLength(4000);
        builder.Property(t => t.Evidence).HasMaxLength(4000);
        builder.Property(t => t.Adaptation).HasMaxLength(4000);
        builder.Property(t => t.SearchText).HasMaxLength(20000);
    }
}
