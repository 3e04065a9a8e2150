using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Localisation;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// Tells the receiving organisation's staff who take referrals that one has arrived. The e-mail
/// carries the reference, the service and the date to answer by, never the person: the caseworker
/// reads who it is in Amuddu, where every read is checked against the consent and audited.
/// </summary>
public static class ReferralMessages
{
    public const string Received = "ReferralReceived";

    public static string Subject(Guid referralId) => $"referral/{referralId}";

    public static async Task EnqueueReceivedAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, Referral referral,
        CancellationToken cancellationToken)
    {
        var roleIds = db.Roles.Where(r => Policies.ReferralRoles.Contains(r.Name!)).Select(r => r.Id);
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == referral.RecipientOrganisationId && u.IsActive && u.Email != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        if (staff.Count == 0)
        {
            return;
        }

        var texts = await db.OfferTexts.AsNoTracking().Where(t => t.OfferId == referral.OfferId).ToListAsync(cancellationToken);
        // Staff read French first: the platform's working language.
        var culture = Cultures.Default;
        var parameters = new Dictionary<string, string>
        {
            ["reference"] = referral.Reference,
            ["service"] = OfferLanguages.NameIn(texts, culture),
            ["respondBy"] = referral.RespondBy.ToString("d", culture),
        };
        foreach (var member in staff)
        {
            await Outbox.EnqueueAsync(db, protector, clock, new OutboxRequest(referral.RecipientOrganisationId, null, OutboxChannel.Email,
                member.Email!, culture.TwoLetterISOLanguageName, Received, parameters, Subject(referral.Id),
                $"referral-received/{referral.Id}/{member.Id}", clock.GetUtcNow()), cancellationToken);
        }
    }
}
