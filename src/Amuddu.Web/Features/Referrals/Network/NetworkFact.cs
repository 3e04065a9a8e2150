using Amuddu.Web.Data;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Referrals.Network;

/// <summary>
/// One sent referral as the network's figures count it, kept by the indicator refresh (<see cref="IndicatorFacts"/>) of
/// its sender (<see cref="OrganisationId"/>) whenever the referral changes: the day it was sent (in Morocco's time), where
/// it went, its status and decline reason, whether it answers another, from which day it is overdue if nothing moves, and
/// its two durations. <see cref="NetworkCell"/> holds the sums the figures read; the medians are read from the facts in the
/// order of their duration's index. "None" is stored as a value (an empty reason, <see cref="Never"/>) so it can be a key.
/// </summary>
public sealed class NetworkFact
{
    /// <summary>An <see cref="OverdueFrom"/> of a referral that cannot fall overdue as it stands.</summary>
    public const int Never = 99991231;

    public Guid OrganisationId { get; init; }
    public Guid ReferralId { get; init; }

    /// <summary>The day it was sent, as year × 10,000 + month × 100 + day.</summary>
    public int Day { get; init; }
    public Guid RecipientOrganisationId { get; init; }
    public Guid OfferId { get; init; }
    public ReferralStatus Status { get; init; }

    /// <summary>The decline reason's name, empty when none.</summary>
    public string DeclineReason { get; init; } = "";

    /// <summary>1 for a counter-referral (it answers another).</summary>
    public int Counter { get; init; }

    /// <summary>The first day it is overdue on if its status stays (<see cref="Referral.OverdueFrom"/>), or <see cref="Never"/>.</summary>
    public int OverdueFrom { get; init; }
    public int Referrals { get; init; } = 1;

    /// <summary>1 when answered and not declined; <see cref="AcceptMilliseconds"/> is then sent to answered.</summary>
    public int Accepted { get; init; }
    public long AcceptMilliseconds { get; init; }

    /// <summary>1 when completed; <see cref="CompleteMilliseconds"/> is then sent to completed.</summary>
    public int Completed { get; init; }
    public long CompleteMilliseconds { get; init; }

    public static readonly FactTable Table = new("network_facts", nameof(ReferralId),
    [
        new SumTable("network_cells",
            ["OrganisationId", "Day", "RecipientOrganisationId", "OfferId", "Status", "DeclineReason", "Counter", "OverdueFrom"],
            ["Referrals", "Accepted", "AcceptMilliseconds", "Completed", "CompleteMilliseconds"]),
    ]);

    public static int DayOf(DateOnly day) => (day.Year * 10_000) + (day.Month * 100) + day.Day;

    /// <summary>The facts of the organisation's referrals among these that were sent (a draft has none).</summary>
    public static async Task<List<NetworkFact>> ReadAsync(AmudduDbContext db, Guid organisationId, Guid[] ids, CancellationToken cancellationToken)
    {
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.SenderOrganisationId == organisationId && ids.Contains(r.Id) && r.SentAt != null)
            .Select(r => new
            {
                r.Id, SentAt = r.SentAt!.Value, r.RecipientOrganisationId, r.OfferId, r.Status, r.DeclineReason, r.ParentReferralId,
                r.RespondBy, r.DueBy, r.RespondedAt, r.CompletedAt,
            })
            .ToListAsync(cancellationToken);
        return [.. referrals.Select(r =>
        {
            // The definitions of the referral's life: accepted is answered and not declined; completed, reached completion.
            var accepted = r.RespondedAt is not null && r.DeclineReason is null && r.Status != ReferralStatus.Declined;
            return new NetworkFact
            {
                OrganisationId = organisationId, ReferralId = r.Id, Day = DayOf(DateOnly.FromDateTime(SiteTime.ToLocal(r.SentAt))),
                RecipientOrganisationId = r.RecipientOrganisationId, OfferId = r.OfferId, Status = r.Status,
                DeclineReason = r.DeclineReason?.ToString() ?? "", Counter = r.ParentReferralId is null ? 0 : 1,
                OverdueFrom = Referral.OverdueFrom(r.Status, r.RespondBy, r.DueBy) is { } from ? DayOf(from) : Never,
                Accepted = accepted ? 1 : 0,
                AcceptMilliseconds = accepted ? (long)(r.RespondedAt!.Value - r.SentAt).TotalMilliseconds : 0,
                Completed = r.CompletedAt is null ? 0 : 1,
                CompleteMilliseconds = r.CompletedAt is { } completed ? (long)(completed - r.SentAt).TotalMilliseconds : 0,
            };
        })];
    }
}

/// <summary>The network facts summed per sender, day, recipient, service, status, reason, counter-referral and overdue day.</summary>
public sealed class NetworkCell
{
    public Guid OrganisationId { get; init; }
    public int Day { get; init; }
    public Guid RecipientOrganisationId { get; init; }
    public Guid OfferId { get; init; }
    public ReferralStatus Status { get; init; }
    public string DeclineReason { get; init; } = "";
    public int Counter { get; init; }
    public int OverdueFrom { get; init; }
    public int Referrals { get; init; }
    public int Accepted { get; init; }
    public long AcceptMilliseconds { get; init; }
    public int Completed { get; init; }
    public long CompleteMilliseconds { get; init; }
}

internal sealed class NetworkFactConfiguration : IEntityTypeConfiguration<NetworkFact>
{
    public void Configure(EntityTypeBuilder<NetworkFact> builder)
    {
        builder.ToTable("network_facts");
        builder.HasKey(f => new { f.OrganisationId, f.ReferralId });
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.DeclineReason).HasMaxLength(32);
        // The medians: the accepted (completed) durations in order, with what a period and an organisation filter on, so the
        // middle one is found by walking the index, without sorting the period.
        builder.HasIndex(f => new { f.Accepted, f.AcceptMilliseconds, f.Day, f.OrganisationId, f.RecipientOrganisationId });
        builder.HasIndex(f => new { f.Completed, f.CompleteMilliseconds, f.Day, f.OrganisationId, f.RecipientOrganisationId });
    }
}

internal sealed class NetworkCellConfiguration : IEntityTypeConfiguration<NetworkCell>
{
    public void Configure(EntityTypeBuilder<NetworkCell> builder)
    {
        builder.ToTable("network_cells");
        builder.HasKey(c => new { c.OrganisationId, c.Day, c.RecipientOrganisationId, c.OfferId, c.Status, c.DeclineReason, c.Counter, c.OverdueFrom });
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.DeclineReason).HasMaxLength(32);
        // The whole network's period (every sender) and a partner's received referrals.
        builder.HasIndex(c => new { c.Day, c.OrganisationId, c.RecipientOrganisationId });
        builder.HasIndex(c => new { c.RecipientOrganisationId, c.Day });
    }
}
