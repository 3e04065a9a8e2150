using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Referrals;

/// <summary>A person's referrals, for the organisation that holds the file: where each went, where it stands, what came back.</summary>
public static class ListPersonReferrals
{
    public sealed record Item(
        Guid Id, string Reference, Guid OfferId, string ServiceName, Guid RecipientOrganisationId, string PartnerName, ReferralStatus Status,
        ReferralUrgency Urgency, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateOnly RespondBy, DateOnly? DueBy, bool Overdue,
        DateTimeOffset? RespondedAt, DateTimeOffset? CompletedAt, DeclineReason? DeclineReason, ReferralOutcome? Outcome, string? ResponseNote,
        IReadOnlyList<SharedData> SharedData, long Version);

    public static async Task<Results<Ok<List<Item>>, NotFound>> Handle(
        Guid personId, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await GetPerson.FindAsync(db, staff, personId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await LoadAsync(db, personId, clock, cancellationToken));
    }

    /// <summary>The caller has checked the person is a file of its organisation, which is the sender of all its referrals.</summary>
    public static async Task<List<Item>> LoadAsync(AmudduDbContext db, Guid personId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.PersonId == personId).OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        var services = await ReferralNames.ServicesAsync(db, referrals.Select(r => r.OfferId), cancellationToken);
        var partners = await ReferralNames.OrganisationsAsync(db, referrals.Select(r => r.RecipientOrganisationId), cancellationToken);
        var today = SiteTime.Today(clock);
        return [.. referrals.Select(r => new Item(r.Id, r.Reference, r.OfferId, services.GetValueOrDefault(r.OfferId, ""),
            r.RecipientOrganisationId, partners.GetValueOrDefault(r.RecipientOrganisationId, ""), r.Status, r.Urgency, r.CreatedAt, r.SentAt,
            r.RespondBy, r.DueBy, r.IsOverdueOn(today), r.RespondedAt, r.CompletedAt, r.DeclineReason, r.Outcome, r.ResponseNote,
            SharedDataParts.Split(r.SharedData), r.Version))];
    }
}
