using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Indicators;

/// <summary>
/// The breakdown of a fact: who was counted, where and under which programme. "None" is stored as a value
/// (<see cref="Guid.Empty"/>, an empty code, <see cref="IndicatorSex.Unknown"/>...) so every column can be part of a key.
/// A person who withdrew their consent to statistics is counted with every personal dimension unknown.
/// </summary>
public interface IIndicatorBreakdown : IIndicatorPlace
{
    IndicatorSex Sex { get; }
    IndicatorAgeBand AgeBand { get; }

    /// <summary>The nationality code of the file (ISO 3166-1 alpha-2, as the reference data holds it), empty when unknown.</summary>
    string NationalityCode { get; }
    LegalGroup LegalStatus { get; }
}

/// <summary>Where a fact happened and under which programme: what the views filter on, in facts, cells and totals alike.</summary>
public interface IIndicatorPlace
{
    /// <summary>Region of the agency (or of the activity) where it happened, empty when unknown.</summary>
    string RegionCode { get; }
    Guid SiteId { get; }

    /// <summary>The partner organisation a referral went to.</summary>
    Guid PartnerId { get; }
    Guid ProgrammeId { get; }
}

/// <summary>
/// One subject counted by one measure in one quarter: a person (their surviving file when files were merged), a
/// pre-registration not yet a file, a staff member, or one group of an outreach activity's anonymous counts
/// (<see cref="Part"/>). Rebuilt for a subject whenever something of theirs changes; <see cref="IndicatorCell"/> and
/// <see cref="IndicatorTotal"/> are its sums.
/// </summary>
public sealed class IndicatorFact : IIndicatorBreakdown
{
    public Guid OrganisationId { get; init; }
    public IndicatorMeasure Measure { get; init; }
    public Guid Subject { get; init; }

    /// <summary>0 for a person; the group number for an activity's counts by sex and age band.</summary>
    public int Part { get; init; }

    /// <summary><see cref="Indicators.Quarter.Key"/>.</summary>
    public int Quarter { get; init; }

    /// <summary>The subject's first quarter for this measure: counted by cumulative indicators in this quarter only.</summary>
    public bool First { get; set; }

    public IndicatorSex Sex { get; set; }
    public IndicatorAgeBand AgeBand { get; set; }
    public string NationalityCode { get; set; } = "";
    public LegalGroup LegalStatus { get; set; }
    public string RegionCode { get; set; } = "";
    public Guid SiteId { get; set; }
    public Guid PartnerId { get; set; }
    public Guid ProgrammeId { get; set; }

    /// <summary>People this fact counts: 1 for a person, the agent's count for an activity's group.</summary>
    public int People { get; set; }

    /// <summary>Events of the subject in the quarter (appointments held, payments made...).</summary>
    public int Events { get; set; }
    public long AmountCentimes { get; set; }
}

/// <summary>A row of sums of facts, as the views read it: a cell or a total.</summary>
public interface IIndicatorSums : IIndicatorPlace
{
    Guid OrganisationId { get; }
    IndicatorMeasure Measure { get; }
    int Quarter { get; }
    bool First { get; }
    IndicatorSex Sex { get; }
    int People { get; }
    int Events { get; }
    long AmountCentimes { get; }
}

/// <summary>The facts of one measure and quarter summed by every breakdown: what the disaggregation tables read.</summary>
public sealed class IndicatorCell : IIndicatorBreakdown, IIndicatorSums
{
    public Guid OrganisationId { get; init; }
    public IndicatorMeasure Measure { get; init; }
    public int Quarter { get; init; }
    public bool First { get; init; }
    public IndicatorSex Sex { get; init; }
    public IndicatorAgeBand AgeBand { get; init; }
    public string NationalityCode { get; init; } = "";
    public LegalGroup LegalStatus { get; init; }
    public string RegionCode { get; init; } = "";
    public Guid SiteId { get; init; }
    public Guid PartnerId { get; init; }
    public Guid ProgrammeId { get; init; }
    public int People { get; set; }
    public int Events { get; set; }
    public long AmountCentimes { get; set; }
}

/// <summary>
/// The facts of one measure and quarter summed by sex, place and programme only: what the framework and its trends read, and
/// the breakdowns by sex, region or agency (the IATI export's by sex among them), a small fraction of the cells.
/// </summary>
public sealed class IndicatorTotal : IIndicatorSums
{
    public Guid OrganisationId { get; init; }
    public IndicatorMeasure Measure { get; init; }
    public int Quarter { get; init; }
    public bool First { get; init; }
    public IndicatorSex Sex { get; init; }
    public string RegionCode { get; init; } = "";
    public Guid SiteId { get; init; }
    public Guid PartnerId { get; init; }
    public Guid ProgrammeId { get; init; }
    public int People { get; set; }
    public int Events { get; set; }
    public long AmountCentimes { get; set; }
}

/// <summary>Where an organisation's indicator refresh stands: what it has read up to, and who is refreshing now.</summary>
public sealed class IndicatorRefresh
{
    public Guid OrganisationId { get; init; }

    /// <summary>Changes stamped before this instant are in the facts (the next refresh reads from a margin before it).</summary>
    public DateTimeOffset ReadUpTo { get; set; }
    public DateTimeOffset? RefreshedAt { get; set; }

    /// <summary>A refresh under way holds the lease until then; another instance waits for it to end or lapse.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }
    public long Version { get; set; }
}

internal sealed class IndicatorFactConfiguration : IEntityTypeConfiguration<IndicatorFact>
{
    public void Configure(EntityTypeBuilder<IndicatorFact> builder)
    {
        builder.ToTable("indicator_facts");
        // A subject's facts, read, taken out of the sums and replaced together when something of theirs changes: the key
        // leads with the subject, and no other index (an index led by the measure would be SQLite's choice, for its
        // order, without statistics: a scan of every fact of the organisation for each slice of a refresh).
        builder.HasKey(f => new { f.OrganisationId, f.Subject, f.Measure, f.Part, f.Quarter });
        builder.Property(f => f.NationalityCode).HasMaxLength(3);
        builder.Property(f => f.RegionCode).HasMaxLength(16);
    }
}

internal sealed class IndicatorCellConfiguration : IEntityTypeConfiguration<IndicatorCell>
{
    public void Configure(EntityTypeBuilder<IndicatorCell> builder)
    {
        builder.ToTable("indicator_cells");
        builder.HasKey(c => new
        {
            c.OrganisationId, c.Measure, c.Quarter, c.First, c.Sex, c.AgeBand, c.NationalityCode, c.LegalStatus,
            c.RegionCode, c.SiteId, c.PartnerId, c.ProgrammeId,
        });
        builder.Property(c => c.NationalityCode).HasMaxLength(3);
        builder.Property(c => c.RegionCode).HasMaxLength(16);
    }
}

internal sealed class IndicatorTotalConfiguration : IEntityTypeConfiguration<IndicatorTotal>
{
    public void Configure(EntityTypeBuilder<IndicatorTotal> builder)
    {
        builder.ToTable("indicator_totals");
        builder.HasKey(t => new { t.OrganisationId, t.Measure, t.Quarter, t.First, t.Sex, t.RegionCode, t.SiteId, t.PartnerId, t.ProgrammeId });
        builder.Property(t => t.RegionCode).HasMaxLength(16);
    }
}

internal sealed class IndicatorRefreshConfiguration : IEntityTypeConfiguration<IndicatorRefresh>
{
    public void Configure(EntityTypeBuilder<IndicatorRefresh> builder)
    {
        builder.ToTable("indicator_refreshes");
        builder.HasKey(r => r.OrganisationId);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
