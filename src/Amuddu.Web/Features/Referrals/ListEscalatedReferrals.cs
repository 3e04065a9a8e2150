using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// The overdue referrals escalated to the signed-in staff member, still late. Managers need not hold a
/// referral role, so this names no person, only the referral, the service and the partner.
/// </summary>
public static class ListEscalatedReferrals
{
    public sealed record Item(Guid Id, string Reference, ReferralStatus Status, string Service, string Partner, int DaysLate, DateTimeOffset EscalatedAt);

    public static async Task<Ok<List<Item>>> Handle(AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await LoadAsync(db, staff.UserId, staff.OrganisationId, SiteTime.Today(clock), cancellationToken));

    public static async Task<List<Item>> LoadAsync(AmudduDbContext db, Guid? userId, Guid? organisationId, DateOnly today, CancellationToken cancellationToken)
    {
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.EscalatedTo == userId && r.SenderOrganisationId == organisationId)
            .Where(Referral.OverdueOn(today))
            .OrderBy(r => r.EscalatedAt).Take(100).ToListAsync(cancellationToken);
        if (referrals.Count == 0)
        {
            // Every home page asks: most people have none, and then no name needs looking up.
            return [];
        }

        var services = await ReferralNames.ServicesAsync(db, referrals.Select(r => r.OfferId), cancellationToken);
        var partners = await ReferralNames.OrganisationsAsync(db, referrals.Select(r => r.RecipientOrganisationId), cancellationToken);
        return [.. referrals.Select(r => new Item(
            r.Id, r.Reference, r.Status, services.GetValueOrDefault(r.OfferId, ""), partners.GetValueOrDefault(r.RecipientOrganisationId, ""),
            DaysLate(r, today), r.EscalatedAt!.Value))];
    }

    /// <summary>Days past the date the referral is late against: the answer's, or the service's once accepted.</summary>
    public static int DaysLate(Referral r, DateOnly today)
    {
        var deadline = r.Status is ReferralStatus.Sent or ReferralStatus.Received ? r.RespondBy : r.DueBy ?? r.RespondBy;
        return Math.Max(0, today.DayNumber - deadline.DayNumber);
    }
}
