using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// A referral with its history and what the caller may do with it now. The receiving organisation's
/// first look at a sent referral marks it received, so that the sender knows it reached someone.
/// </summary>
public static class GetReferral
{
    /// <summary>The changes a caller may ask for, by route, with the status each leads to.</summary>
    public static readonly IReadOnlyList<(string Action, ReferralStatus To)> Moves =
    [
        ("accept", ReferralStatus.Accepted),
        ("decline", ReferralStatus.Declined),
        ("start", ReferralStatus.InProgress),
        ("complete", ReferralStatus.Completed),
        ("close", ReferralStatus.Closed),
        ("withdraw", ReferralStatus.Withdrawn),
    ];

    public static async Task<Results<Ok<ReferralResponse>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var referral = await ReferralAccess.FindAsync(db, staff, id, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        if (referral.Status == ReferralStatus.Sent && ReferralAccess.SideOf(referral, staff) == ReferralSide.Recipient)
        {
            await MarkReceivedAsync(db, staff, audit, protector, clock, text, referral, cancellationToken);
        }

        return TypedResults.Ok(await LoadAsync(db, staff, referral, clock, cancellationToken));
    }

    /// <summary>
    /// Someone else opening it at the same moment already marked it: their change stands, and ours is
    /// dropped rather than shown as an error, for nothing was asked of the caller.
    /// </summary>
    private static async Task MarkReceivedAsync(
        AmudduDbContext db, ICurrentStaff staff, AuditLog audit, FieldProtector protector, TimeProvider clock, IStringLocalizer text,
        Referral referral, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        referral.Status = ReferralStatus.Received;
        referral.ReceivedAt = now;
        db.ReferralEvents.Add(ReferralMoves.Event(referral, staff, now, ReferralEventKind.StatusChanged, ReferralStatus.Received, null));
        await ReferralMessages.StatusChangedAsync(db, protector, clock, text, referral, ReferralSide.Recipient, cancellationToken);
        audit.Add(db, ReferralAudit.StatusChanged, staff.UserId, staff.OrganisationId, ReferralAudit.Subject(referral.Id),
            nameof(ReferralStatus.Received));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referral.Id, cancellationToken);
            referral.Status = current.Status;
            referral.ReceivedAt = current.ReceivedAt;
            referral.Version = current.Version;
            return;
        }

    }

    /// <summary>The referral as the caller's end sees it, with its names, history and the moves allowed now.</summary>
    public static async Task<ReferralResponse> LoadAsync(AmudduDbContext db, ICurrentStaff staff, Referral r, TimeProvider clock, CancellationToken cancellationToken)
    {
        var side = ReferralAccess.SideOf(r, staff);
        var events = await db.ReferralEvents.AsNoTracking().Where(e => e.ReferralId == r.Id).ToListAsync(cancellationToken);
        events = [.. events.OrderBy(e => e.At)];
        var services = await ReferralNames.ServicesAsync(db, [r.OfferId], cancellationToken);
        var organisations = await ReferralNames.OrganisationsAsync(db, [r.SenderOrganisationId, r.RecipientOrganisationId, .. events.Select(e => e.ByOrganisationId)], cancellationToken);
        var users = await ReferralNames.UsersAsync(db,
            [r.SenderUserId, .. r.RecipientUserId is { } u ? [u] : Array.Empty<Guid>(), .. events.Where(e => e.ByUserId is not null).Select(e => e.ByUserId!.Value)],
            cancellationToken);
        var people = await ReferralNames.OwnPeopleAsync(db, staff, [r.PersonId], cancellationToken);
        var ownFile = people.ContainsKey(r.PersonId);
        var today = SiteTime.Today(clock);
        return new ReferralResponse(
            r.Id, r.Reference, side, r.Status, r.Urgency, r.OfferId, services.GetValueOrDefault(r.OfferId, ""),
            r.SenderOrganisationId, organisations.GetValueOrDefault(r.SenderOrganisationId, ""),
            r.RecipientOrganisationId, organisations.GetValueOrDefault(r.RecipientOrganisationId, ""),
            users.GetValueOrDefault(r.SenderUserId), r.RecipientUserId is { } recipient ? users.GetValueOrDefault(recipient) : null,
            ownFile ? r.PersonId : null, people.GetValueOrDefault(r.PersonId), r.Reason, r.Request, r.RespondBy, r.DueBy, r.SharedData,
            r.SentAt, r.ReceivedAt, r.RespondedAt, r.StartedAt, r.CompletedAt, r.ClosedAt, r.DeclineReason, r.Outcome, r.ResponseNote,
            r.IsOverdueOn(today), r.EscalatedAt, r.ParentReferralId, ActionsFor(r, side),
            [.. events.Select(e => new ReferralEventResponse(e.At, e.Kind, e.Status, e.Note,
                e.ByUserId is { } by ? users.GetValueOrDefault(by) : null, organisations.GetValueOrDefault(e.ByOrganisationId, "")))],
            r.Version);
    }

    public static IReadOnlyList<string> ActionsFor(Referral r, ReferralSide side)
    {
        var actions = Moves.Where(m => Referral.CanMove(r.Status, m.To, side)).Select(m => m.Action).ToList();
        if (!r.IsFinal)
        {
            actions.Add("note");
        }

        if (CounterRefer.Allowed(r, side))
        {
            actions.Add("counter-referral");
        }

        return actions;
    }
}
