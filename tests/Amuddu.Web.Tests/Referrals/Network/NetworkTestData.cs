using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Referrals.Network;

/// <summary>
/// A known set of referrals, stored directly in the states the statistics read. Relative to today:
/// <list type="number">
/// <item>ANAPEC → Entraide "sewing" (E1), accepted 2 days after sending, sent 10 days ago.</item>
/// <item>ANAPEC → E1, completed: accepted after 4 days, completed 20 days after sending, sent 30 days ago.</item>
/// <item>ANAPEC → Entraide "literacy" (E2, French only), declined for no capacity, sent 8 days ago.</item>
/// <item>ANAPEC → NGO "darija" (N1), declined as not eligible, sent 5 days ago.</item>
/// <item>ANAPEC → N1, sent 20 days ago and never answered: overdue.</item>
/// <item>ANAPEC → E2, received, sent 2 days ago.</item>
/// <item>Entraide → ANAPEC "employment support" (A1), a counter-referral to 2, sent yesterday.</item>
/// <item>ANAPEC → E1, a draft (never counted).</item>
/// <item>ANAPEC → N1, sent 400 days ago (outside the default period).</item>
/// </list>
/// </summary>
public sealed record NetworkTestData(Guid Anapec, Guid Entraide, Guid Ngo, Guid E1, Guid E2, Guid N1, Guid A1)
{
    public static async Task<NetworkTestData> SeedAsync(AmudduApp app)
    {
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var data = await app.QueryAsync(async db =>
        {
            async Task<Guid> OrganisationAsync(string name) => await db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
            var anapec = await OrganisationAsync(DemoOrganisations.Anapec);
            var entraide = await OrganisationAsync(DemoOrganisations.EntraideNationale);
            var ngo = await OrganisationAsync(DemoOrganisations.Ngo);
            var counsellor = await db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.Id).SingleAsync();
            var caseworker = await db.Users.Where(u => u.Email == Demo.Caseworker).Select(u => u.Id).SingleAsync();

            Guid Offer(Guid organisation, OfferKind kind, params (string Language, string Name)[] names)
            {
                var offer = new Offer { OrganisationId = organisation, Kind = kind, Status = OfferStatus.Published, RegionCode = "MA-04", City = "Rabat" };
                offer.Texts.AddRange(names.Select(n => new OfferText { OfferId = offer.Id, Language = n.Language, Name = n.Name }));
                db.Offers.Add(offer);
                return offer.Id;
            }

            var e1 = Offer(entraide, OfferKind.VocationalTraining, ("fr", "Couture"), ("en", "Sewing"));
            var e2 = Offer(entraide, OfferKind.LanguageCourse, ("fr", "Alphabétisation"));
            var n1 = Offer(ngo, OfferKind.LanguageCourse, ("fr", "Cours de darija"), ("en", "Darija classes"));
            var a1 = Offer(anapec, OfferKind.EmploymentSupport, ("fr", "Accompagnement vers l'emploi"), ("en", "Employment support"));
            await db.SaveChangesAsync();

            var now = app.Clock.GetUtcNow();
            Referral Add(Guid from, Guid offer, Guid to, ReferralStatus status, int sentDaysAgo, double? respondedAfter = null, double? completedAfter = null,
                DeclineReason? reason = null, Guid? parent = null)
            {
                var id = Guid.CreateVersion7();
                var sent = status == ReferralStatus.Draft ? (DateTimeOffset?)null : now.AddDays(-sentDaysAgo);
                var referral = new Referral
                {
                    Id = id, Reference = ReferralAccess.NewReference(id), PersonId = personId, SenderOrganisationId = from, SenderUserId = from == anapec ? counsellor : caseworker,
                    OfferId = offer, RecipientOrganisationId = to, Status = status, Reason = "Test", ParentReferralId = parent,
                    RespondBy = DateOnly.FromDateTime(SiteTime.ToLocal(now.AddDays(-sentDaysAgo))).AddDays(10),
                    SentAt = sent, RespondedAt = respondedAfter is { } r ? sent!.Value.AddDays(r) : null,
                    CompletedAt = completedAfter is { } c ? sent!.Value.AddDays(c) : null, DeclineReason = reason,
                };
                db.Referrals.Add(referral);
                return referral;
            }

            Add(anapec, e1, entraide, ReferralStatus.Accepted, 10, respondedAfter: 2);
            var completed = Add(anapec, e1, entraide, ReferralStatus.Completed, 30, respondedAfter: 4, completedAfter: 20);
            Add(anapec, e2, entraide, ReferralStatus.Declined, 8, respondedAfter: 1, reason: DeclineReason.NoCapacity);
            Add(anapec, n1, ngo, ReferralStatus.Declined, 5, respondedAfter: 1, reason: DeclineReason.NotEligible);
            Add(anapec, n1, ngo, ReferralStatus.Sent, 20);
            Add(anapec, e2, entraide, ReferralStatus.Received, 2);
            Add(entraide, a1, anapec, ReferralStatus.Sent, 1, parent: completed.Id);
            Add(anapec, e1, entraide, ReferralStatus.Draft, 0);
            Add(anapec, n1, ngo, ReferralStatus.Sent, 400);
            await db.SaveChangesAsync();
            return new NetworkTestData(anapec, entraide, ngo, e1, e2, n1, a1);
        });
        // The figures are the network's sums, counted by the refresh that the background pass runs.
        await app.RefreshStatisticsAsync();
        return data;
    }
}
