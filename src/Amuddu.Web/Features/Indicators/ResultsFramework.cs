using Amuddu.Web.Data;
using Amuddu.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// A result of the programme's framework (R1 information and access to services, R2 capacity of the employment
/// service and its partners...), configured by an administrator of the organisation; its indicators hang under it.
/// </summary>
public sealed class ResultArea : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }

    /// <summary>Short code shown before the title ("R1"), unique in the organisation.</summary>
    public required string Code { get; set; }
    public required string TitleFr { get; set; }
    public string? TitleAr { get; set; }
    public string? TitleEn { get; set; }
    public int Order { get; set; }

    /// <summary>The first quarter the framework reports on: cumulative values count from its first day.</summary>
    public int StartQuarter { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>One target: the value aimed at by the end of a year (for a cumulative indicator, since the start).</summary>
public sealed class YearTarget
{
    public int Year { get; set; }
    public decimal Value { get; set; }
}

/// <summary>An indicator of a result: what it counts (a measure), how it is read (unit, period rule), its baseline and targets.</summary>
public sealed class Indicator : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid ResultAreaId { get; set; }

    /// <summary>"R1.2", unique in the organisation.</summary>
    public required string Code { get; set; }
    public required string NameFr { get; set; }
    public string? NameAr { get; set; }
    public string? NameEn { get; set; }
    public string? DefinitionFr { get; set; }
    public string? DefinitionAr { get; set; }
    public string? DefinitionEn { get; set; }

    public IndicatorUnit Unit { get; set; }
    public IndicatorMeasure Measure { get; set; }

    /// <summary>For a percentage: the people the measure is a share of (e.g. positioned people for "placed in work").</summary>
    public IndicatorMeasure? DenominatorMeasure { get; set; }
    public PeriodRule Rule { get; set; }

    public decimal? Baseline { get; set; }
    public int? BaselineYear { get; set; }
    public List<YearTarget> Targets { get; set; } = [];
    public int Order { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

/// <summary>The manager's words on a result for a quarter, printed in the donor report.</summary>
public sealed class ResultNarrative : IAudited
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid ResultAreaId { get; init; }
    public int Quarter { get; init; }
    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public long Version { get; set; }
}

internal sealed class ResultAreaConfiguration : IEntityTypeConfiguration<ResultArea>
{
    public void Configure(EntityTypeBuilder<ResultArea> builder)
    {
        builder.ToTable("result_areas");
        builder.Property(r => r.Code).HasMaxLength(16);
        builder.Property(r => r.TitleFr).HasMaxLength(300);
        builder.Property(r => r.TitleAr).HasMaxLength(300);
        builder.Property(r => r.TitleEn).HasMaxLength(300);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OrganisationId, r.Code }).IsUnique();
        builder.ConfigureAudited();
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.Property(i => i.Code).HasMaxLength(16);
        builder.Property(i => i.NameFr).HasMaxLength(300);
        builder.Property(i => i.NameAr).HasMaxLength(300);
        builder.Property(i => i.NameEn).HasMaxLength(300);
        builder.Property(i => i.DefinitionFr).HasMaxLength(2000);
        builder.Property(i => i.DefinitionAr).HasMaxLength(2000);
        builder.Property(i => i.DefinitionEn).HasMaxLength(2000);
        builder.Property(i => i.Unit).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Measure).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.DenominatorMeasure).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Rule).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Baseline).HasPrecision(14, 2);
        builder.OwnsMany(i => i.Targets, t => t.ToJson("targets"));
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResultArea>().WithMany().HasForeignKey(i => i.ResultAreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.OrganisationId, i.Code }).IsUnique();
        builder.HasIndex(i => i.ResultAreaId);
        builder.ConfigureAudited();
    }
}

internal sealed class ResultNarrativeConfiguration : IEntityTypeConfiguration<ResultNarrative>
{
    public void Configure(EntityTypeBuilder<ResultNarrative> builder)
    {
        builder.ToTable("result_narratives");
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.HasOne<ResultArea>().WithMany().HasForeignKey(n => n.ResultAreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.ResultAreaId, n.Quarter }).IsUnique();
        builder.ConfigureAudited();
    }
}
