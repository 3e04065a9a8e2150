using Amuddu.Web.Data;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Outreach;

/// <summary>
/// One pre-registration as the outreach funnel counts it: its month (in Morocco's time), agency and agent, and which steps
/// it has reached since (each 0 or 1). Kept by the indicator refresh (<see cref="IndicatorFacts"/>) whenever the
/// pre-registration, its session registrations or the file it became change; <see cref="FunnelCell"/> holds the sums the
/// funnel reads. "None" (no agency, no agent: the public form) is stored as <see cref="Guid.Empty"/> so it can be a key.
/// </summary>
public sealed class FunnelFact
{
    public Guid OrganisationId { get; init; }
    public Guid PreRegistrationId { get; init; }

    /// <summary>The month of the pre-registration, as year × 100 + month.</summary>
    public int Month { get; init; }
    public Guid SiteId { get; init; }
    public Guid AgentId { get; init; }
    public int PreRegistered { get; init; } = 1;
    public int Attended { get; init; }
    public int Registered { get; init; }
    public int Positioned { get; init; }
    public int InPlan { get; init; }

    public static readonly FactTable Table = new("funnel_facts", nameof(PreRegistrationId),
        [new SumTable("funnel_cells", ["OrganisationId", "Month", "SiteId", "AgentId"], ["PreRegistered", "Attended", "Registered", "Positioned", "InPlan"])]);

    public static int MonthOf(DateOnly day) => (day.Year * 100) + day.Month;

    /// <summary>
    /// The funnel facts of these pre-registrations (those deleted meanwhile have none), read in one query: registered is
    /// converted into a file; positioned, the file has a positioning record or is past Received; in a plan, it has one.
    /// </summary>
    public static async Task<List<FunnelFact>> ReadAsync(AmudduDbContext db, Guid organisationId, Guid[] ids, CancellationToken cancellationToken)
    {
        var converted = PreRegistrationStatus.Converted;
        var rows = await db.PreRegistrations.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.CreatedAt, p.SiteId, p.AgentId,
                Attended = db.SessionRegistrations.Any(r => r.PreRegistrationId == p.Id && r.Status == RegistrationStatus.Attended),
                Registered = p.Status == converted && p.PersonId != null,
                Positioned = p.Status == converted && p.PersonId != null && (db.PositioningRecords.Any(r => r.PersonId == p.PersonId)
                    || db.People.Any(x => x.Id == p.PersonId && x.Stage != PathwayStage.Received)),
                InPlan = p.Status == converted && p.PersonId != null && db.ActionPlans.Any(a => a.PersonId == p.PersonId),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new FunnelFact
        {
            OrganisationId = organisationId, PreRegistrationId = r.Id, Month = MonthOf(DateOnly.FromDateTime(SiteTime.ToLocal(r.CreatedAt))),
            SiteId = r.SiteId ?? Guid.Empty, AgentId = r.AgentId ?? Guid.Empty,
            Attended = r.Attended ? 1 : 0, Registered = r.Registered ? 1 : 0, Positioned = r.Positioned ? 1 : 0, InPlan = r.InPlan ? 1 : 0,
        })];
    }
}

/// <summary>The funnel facts summed per organisation, month, agency and agent: what the funnel page and API read.</summary>
public sealed class FunnelCell
{
    public Guid OrganisationId { get; init; }
    public int Month { get; init; }
    public Guid SiteId { get; init; }
    public Guid AgentId { get; init; }
    public int PreRegistered { get; init; }
    public int Attended { get; init; }
    public int Registered { get; init; }
    public int Positioned { get; init; }
    public int InPlan { get; init; }
}

internal sealed class FunnelFactConfiguration : IEntityTypeConfiguration<FunnelFact>
{
    public void Configure(EntityTypeBuilder<FunnelFact> builder)
    {
        builder.ToTable("funnel_facts");
        builder.HasKey(f => new { f.OrganisationId, f.PreRegistrationId });
    }
}

internal sealed class FunnelCellConfiguration : IEntityTypeConfiguration<FunnelCell>
{
    public void Configure(EntityTypeBuilder<FunnelCell> builder)
    {
        builder.ToTable("funnel_cells");
        builder.HasKey(c => new { c.OrganisationId, c.Month, c.SiteId, c.AgentId });
    }
}
