using Amuddu.Web.Data;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Programmes;

/// <summary>
/// One application to a programme as the programme's dashboard counts it, kept by the indicator refresh
/// (<see cref="IndicatorFacts"/>) whenever the application, its person or their documents change, and when one of
/// their documents expires: its status, the person's sex and nationality, the application's region and the rank of the
/// person's strongest evidence of a legal status valid on the day counted (<see cref="LegalStatus.Strength"/>, or
/// <see cref="NoEvidence"/>). <see cref="ProgrammeCell"/> holds the sums the dashboard reads.
/// </summary>
public sealed class ProgrammeFact
{
    public const int NoEvidence = -1;

    public Guid OrganisationId { get; init; }
    public Guid ApplicationId { get; init; }
    public Guid ProgrammeId { get; init; }
    public ApplicationStatus Status { get; init; }
    public Sex Sex { get; init; }
    public string NationalityCode { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public int EvidenceRank { get; init; }
    public int Applications { get; init; } = 1;

    public static readonly FactTable Table = new("programme_facts", nameof(ApplicationId),
    [
        new SumTable("programme_cells",
            ["OrganisationId", "ProgrammeId", "Status", "Sex", "NationalityCode", "RegionCode", "EvidenceRank"], ["Applications"]),
    ]);

    /// <summary>The facts of the organisation's applications among these, the evidence as valid on <paramref name="today"/>.</summary>
    public static async Task<List<ProgrammeFact>> ReadAsync(
        AmudduDbContext db, Guid organisationId, Guid[] ids, DateOnly today, CancellationToken cancellationToken)
    {
        var evidence = LegalStatus.EvidenceDocuments.ToList();
        var strength = LegalStatus.Strength();
        var rows = await db.Applications.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && ids.Contains(a.Id))
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new
            {
                a.Id, a.ProgrammeId, a.Status, p.Sex, p.NationalityCode, a.RegionCode,
                Rank = db.IdentityDocuments
                    .Where(d => d.PersonId == p.Id && evidence.Contains(d.TypeCode) && (d.ExpiresOn == null || d.ExpiresOn >= today))
                    .Select(strength).Min(r => (int?)r),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ProgrammeFact
        {
            OrganisationId = organisationId, ApplicationId = r.Id, ProgrammeId = r.ProgrammeId, Status = r.Status, Sex = r.Sex,
            NationalityCode = r.NationalityCode ?? "", RegionCode = r.RegionCode, EvidenceRank = r.Rank ?? NoEvidence,
        })];
    }
}

/// <summary>The programme facts summed per programme, status, sex, nationality, region and evidence.</summary>
public sealed class ProgrammeCell
{
    public Guid OrganisationId { get; init; }
    public Guid ProgrammeId { get; init; }
    public ApplicationStatus Status { get; init; }
    public Sex Sex { get; init; }
    public string NationalityCode { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public int EvidenceRank { get; init; }
    public int Applications { get; init; }
}

internal sealed class ProgrammeFactConfiguration : IEntityTypeConfiguration<ProgrammeFact>
{
    public void Configure(EntityTypeBuilder<ProgrammeFact> builder)
    {
        builder.ToTable("programme_facts");
        builder.HasKey(f => new { f.OrganisationId, f.ApplicationId });
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Sex).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.NationalityCode).HasMaxLength(8);
        builder.Property(f => f.RegionCode).HasMaxLength(16);
    }
}

internal sealed class ProgrammeCellConfiguration : IEntityTypeConfiguration<ProgrammeCell>
{
    public void Configure(EntityTypeBuilder<ProgrammeCell> builder)
    {
        builder.ToTable("programme_cells");
        builder.HasKey(c => new { c.OrganisationId, c.ProgrammeId, c.Status, c.Sex, c.NationalityCode, c.RegionCode, c.EvidenceRank });
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Sex).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.NationalityCode).HasMaxLength(8);
        builder.Property(c => c.RegionCode).HasMaxLength(16);
        // A programme's dashboard.
        builder.HasIndex(c => new { c.ProgrammeId, c.Status });
    }
}
