using Amuddu.Web.Data;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Home;

/// <summary>
/// The referrals a counsellor sent that the partner answered (accepted, declined) or served (completed) since the
/// counsellor last looked: since their sign-in before this one, or over the last week when there is none.
/// </summary>
public static class ListAnsweredReferrals
{
    public const int DefaultDays = 7;

    public sealed record Item(Guid Id, string Reference, ReferralStatus Status, string Service, string Partner, DateTimeOffset AnsweredAt);

    public sealed record Answered(DateTimeOffset Since, WorkList<Item> List);

    public static async Task<Answered> LoadAsync(AmudduDbContext db, Guid organisationId, Guid userId, DateTimeOffset now, int take,
        CancellationToken cancellationToken)
    {
        var since = await LastLookAsync(db, userId, cancellationToken) ?? now.AddDays(-DefaultDays);
        var query = db.Referrals.AsNoTracking()
            .Where(r => r.SenderOrganisationId == organisationId && r.SenderUserId == userId)
            .Where(r => ((r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Declined || r.Status == ReferralStatus.InProgress) && r.RespondedAt > since)
                || (r.Status == ReferralStatus.Completed && r.CompletedAt > since));
        var total = await query.CountAsync(cancellationToken);
        if (total == 0)
        {
            return new Answered(since, WorkList<Item>.Empty);
        }

        var rows = await query.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id).Take(take)
            .Select(r => new { r.Id, r.Reference, r.Status, r.OfferId, r.RecipientOrganisationId, r.RespondedAt, r.CompletedAt, r.UpdatedAt })
            .ToListAsync(cancellationToken);
        var services = await ReferralNames.ServicesAsync(db, rows.Select(r => r.OfferId), cancellationToken);
        var partners = await ReferralNames.OrganisationsAsync(db, rows.Select(r => r.RecipientOrganisationId), cancellationToken);
        return new Answered(since, new WorkList<Item>([.. rows.Select(r => new Item(r.Id, r.Reference, r.Status,
            services.GetValueOrDefault(r.OfferId, ""), partners.GetValueOrDefault(r.RecipientOrganisationId, ""),
            (r.Status == ReferralStatus.Completed ? r.CompletedAt : r.RespondedAt) ?? r.UpdatedAt))], total));
    }

    /// <summary>
    /// The staff member's sign-in to the pages before the current one (the current one is the latest); the API's
    /// sign-ins, marked "(api)", are a program's, not a look at the page.
    /// </summary>
    public static Task<DateTimeOffset?> LastLookAsync(AmudduDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.AuditEvents.AsNoTracking()
            .Where(a => a.UserId == userId && a.Action == AuditActions.SignInSucceeded && (a.Detail == null || !a.Detail.EndsWith("(api)")))
            .OrderByDescending(a => a.OccurredAt).Skip(1).Select(a => (DateTimeOffset?)a.OccurredAt).FirstOrDefaultAsync(cancellationToken);
}
