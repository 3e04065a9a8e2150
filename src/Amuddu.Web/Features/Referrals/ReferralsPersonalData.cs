using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// A person's referrals and their history. Erasing blanks what was written about the person (reason,
/// request, the partner's answer, the notes) and keeps where they went, statuses and dates for the
/// network's statistics. On the timeline, the partner's answers come back to the file at the sender.
/// </summary>
public sealed class ReferralsPersonalData(AmudduDbContext db, IStringLocalizer<SharedResource> text) : IPersonalDataSection
{
    public sealed record EventExport(DateTimeOffset At, ReferralEventKind Kind, ReferralStatus? Status, Guid ByOrganisationId, Guid? ByUserId, string? Note);

    public sealed record ReferralExport(
        Guid Id, string Reference, Guid OfferId, Guid SenderOrganisationId, Guid RecipientOrganisationId, ReferralStatus Status,
        ReferralUrgency Urgency, string Reason, string? Request, DateOnly RespondBy, DateOnly? DueBy, IReadOnlyList<SharedData> SharedData,
        Guid? ConsentId, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? ReceivedAt, DateTimeOffset? RespondedAt,
        DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, DateTimeOffset? ClosedAt, DeclineReason? DeclineReason, ReferralOutcome? Outcome,
        string? ResponseNote, IReadOnlyList<EventExport> Events);

    public string Name => "referrals";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.PersonId == personId).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        var events = (await EventsOf(personId).ToListAsync(cancellationToken)).ToLookup(e => e.ReferralId);
        return referrals.Select(r => new ReferralExport(
            r.Id, r.Reference, r.OfferId, r.SenderOrganisationId, r.RecipientOrganisationId, r.Status, r.Urgency, r.Reason, r.Request, r.RespondBy,
            r.DueBy, SharedDataParts.Split(r.SharedData), r.ConsentId, r.CreatedAt, r.SentAt, r.ReceivedAt, r.RespondedAt, r.StartedAt, r.CompletedAt,
            r.ClosedAt, r.DeclineReason, r.Outcome, r.ResponseNote,
            [.. events[r.Id].OrderBy(e => e.At).Select(e => new EventExport(e.At, e.Kind, e.Status, e.ByOrganisationId, e.ByUserId, e.Note))])).ToList();
    }

    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        await db.Referrals.Where(r => r.PersonId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Reason, "")
            .SetProperty(r => r.Request, (string?)null)
            .SetProperty(r => r.ResponseNote, (string?)null), cancellationToken);
        await EventsOf(personId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Note, (string?)null), cancellationToken);
    }

    /// <summary>
    /// Every status change and note of either side, the partner named in the detail: the sender's
    /// counsellor reads the partner's answer, and what came of it, on the file itself.
    /// </summary>
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken)
    {
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.PersonId == personId)
            .Join(db.Organisations, r => r.RecipientOrganisationId, o => o.Id, (r, o) => new { Referral = r, Partner = o.Name })
            .ToDictionaryAsync(x => x.Referral.Id, cancellationToken);
        var events = await EventsOf(personId).AsNoTracking().ToListAsync(cancellationToken);
        var area = text["Referral"].Value;
        return [.. events.Select(e =>
        {
            var (referral, partner) = (referrals[e.ReferralId].Referral, referrals[e.ReferralId].Partner);
            var what = e.Kind switch
            {
                ReferralEventKind.StatusChanged => text["Sending.Timeline.Status", text[$"Referral.Status.{e.Status}"]].Value,
                ReferralEventKind.Note => text["Sending.Timeline.Note"].Value,
                ReferralEventKind.Escalated => text["Referral.Escalated"].Value,
            };
            string?[] detail =
            [
                $"{partner} ({referral.Reference})",
                e.Status == ReferralStatus.Declined && referral.DeclineReason is { } reason ? text[$"Referral.DeclineReason.{reason}"].Value : null,
                e.Status == ReferralStatus.Completed && referral.Outcome is { } outcome ? text[$"Referral.Outcome.{outcome}"].Value : null,
                // The decline or outcome comment lives on the referral; a note on the event says the same when there is one.
                e.Note ?? (e.Status is ReferralStatus.Declined or ReferralStatus.Completed ? referral.ResponseNote : null),
            ];
            return new TimelineEntry(e.At, area, what, string.Join(" · ", detail.Where(d => !string.IsNullOrWhiteSpace(d))), e.ByUserId);
        })];
    }

    /// <summary>
    /// A join from the person's referrals, not a correlated <c>Any</c> on each event: that one reads every
    /// referral event in the database (SQLite walks them all to test each), 2.5 s with five million events.
    /// </summary>
    private IQueryable<ReferralEvent> EventsOf(Guid personId) =>
        db.Referrals.Where(r => r.PersonId == personId).Join(db.ReferralEvents, r => r.Id, e => e.ReferralId, (r, e) => e);
}
