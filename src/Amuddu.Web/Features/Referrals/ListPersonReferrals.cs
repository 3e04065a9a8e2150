using System.Globalization;
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
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.PersonId == personId)
            .Join(db.Organisations, r => r.RecipientOrganisationId, o => o.Id, (r, o) => new { Referral = r, Partner = o.Name })
            .ToListAsync(cancellationToken);
        var offerIds = referrals.Select(r => r.Referral.OfferId).Distinct().ToList();
        var texts = (await db.OfferTexts.AsNoTracking().Where(t => offerIds.Contains(t.OfferId)).ToListAsync(cancellationToken)).ToLookup(t => t.OfferId);
        var today = SiteTime.Today(clock);
        return [.. referrals.OrderByDescending(x => x.Referral.CreatedAt).Select(x =>
        {
            var r = x.Referral;
            return new Item(r.Id, r.Reference, r.OfferId, Catalogue.OfferLanguages.NameIn(texts[r.OfferId], CultureInfo.CurrentUICulture),
                r.RecipientOrganisationId, x.Partner, r.Status, r.Urgency, r.CreatedAt, r.SentAt, r.RespondBy, r.DueBy, r.IsOverdueOn(today),
                r.RespondedAt, r.CompletedAt, r.DeclineReason, r.Outcome, r.ResponseNote, SharedDataParts.Split(r.SharedData), r.Version);
        })];
    }
}
