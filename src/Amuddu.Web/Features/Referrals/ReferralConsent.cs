using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// What a person's consents to sharing allow a given organisation to see: the union of the data of
/// every sharing consent in force that names that organisation or its kind. Checked when a referral is
/// sent and again at every read of shared data, so that a withdrawn or expired consent ends the
/// receiving organisation's access on its very next request. Every check is audited.
/// </summary>
public static class ReferralConsent
{
    /// <summary>The shared data the person's consents in force allow <paramref name="recipientOrganisationId"/>, and the consent to name (one naming the organisation first).</summary>
    public static async Task<(SharedData Allowed, Guid? ConsentId)> AllowedAsync(
        AmudduDbContext db, Guid personId, Guid recipientOrganisationId, DateOnly today, CancellationToken cancellationToken)
    {
        var kind = await db.Organisations.Where(o => o.Id == recipientOrganisationId).Select(o => (Organisations.OrganisationKind?)o.Kind).SingleOrDefaultAsync(cancellationToken);
        var usable = await db.People.AnyAsync(p => p.Id == personId && p.ErasedAt == null && p.MergedIntoId == null, cancellationToken);
        if (kind is null || !usable)
        {
            return (SharedData.None, null);
        }

        var consents = await db.Consents.AsNoTracking()
            .Where(c => c.PersonId == personId)
            .Where(ProcessingConsent.InForce(ConsentPurpose.SharingWithPartner, today))
            .Where(c => c.RecipientOrganisationId == recipientOrganisationId || c.RecipientKind == kind)
            .Select(c => new { c.Id, c.RecipientOrganisationId, c.SharedData })
            .ToListAsync(cancellationToken);
        var allowed = consents.Aggregate(SharedData.None, (all, c) => all | (c.SharedData ?? SharedData.Identity));
        var named = consents.OrderBy(c => c.RecipientOrganisationId == recipientOrganisationId ? 0 : 1).Select(c => (Guid?)c.Id).FirstOrDefault();
        return (allowed, named);
    }

    /// <summary>
    /// Whether the person's consents in force cover <paramref name="wanted"/> for the referral's
    /// recipient today; audited either way. Nothing shared (<see cref="SharedData.None"/>) still needs a consent in force.
    /// </summary>
    public static async Task<bool> CoversAsync(
        AmudduDbContext db, AuditLog audit, ICurrentStaff staff, TimeProvider clock, Referral referral, SharedData wanted, CancellationToken cancellationToken) =>
        (await CheckAsync(db, audit, staff, clock, referral, wanted, cancellationToken)).Granted;

    /// <summary>The outcome of a check: whether it is granted, with what the consents allow and the consent to name.</summary>
    public sealed record Check(bool Granted, SharedData Allowed, Guid? ConsentId);

    /// <summary><see cref="CoversAsync"/>, for a caller that also needs what is allowed (to send, or to say what is missing).</summary>
    public static async Task<Check> CheckAsync(
        AmudduDbContext db, AuditLog audit, ICurrentStaff staff, TimeProvider clock, Referral referral, SharedData wanted, CancellationToken cancellationToken)
    {
        var (allowed, consentId) = await AllowedAsync(db, referral.PersonId, referral.RecipientOrganisationId, SiteTime.Today(clock), cancellationToken);
        var granted = consentId is not null && (allowed & wanted) == wanted;
        await audit.RecordAsync(ReferralAudit.ConsentChecked, staff.UserId, staff.OrganisationId, ReferralAudit.Subject(referral.Id),
            $"{(granted ? "granted" : "refused")}: {wanted}", cancellationToken);
        return new Check(granted, allowed, consentId);
    }
}
