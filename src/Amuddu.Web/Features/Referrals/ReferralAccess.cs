using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// A referral exists only for its two ends: the sending organisation, and the receiving one once it
/// is sent (a draft is the sender's alone). For anyone else it is "not found", exactly like a referral
/// that does not exist.
/// </summary>
public static class ReferralAccess
{
    public static IQueryable<Referral> Visible(AmudduDbContext db, ICurrentStaff staff) =>
        db.Referrals.Where(r => r.SenderOrganisationId == staff.OrganisationId
            || (r.RecipientOrganisationId == staff.OrganisationId && r.Status != ReferralStatus.Draft));

    /// <summary>
    /// The two boxes, each the part of <see cref="Visible"/> at one end (an organisation never refers to itself), written
    /// so that each reads its own index alone: the received box of a national partner holds hundreds of thousands.
    /// </summary>
    public static IQueryable<Referral> Received(AmudduDbContext db, ICurrentStaff staff) =>
        db.Referrals.Where(r => r.RecipientOrganisationId == staff.OrganisationId && r.Status != ReferralStatus.Draft);

    public static IQueryable<Referral> Sent(AmudduDbContext db, ICurrentStaff staff) =>
        db.Referrals.Where(r => r.SenderOrganisationId == staff.OrganisationId);

    /// <summary>The referral if the staff member's organisation is at one end of it; tracked, for a change.</summary>
    public static Task<Referral?> FindAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken) =>
        Visible(db, staff).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>An organisation never refers to itself, so the end is never ambiguous.</summary>
    public static ReferralSide SideOf(Referral referral, ICurrentStaff staff) =>
        referral.SenderOrganisationId == staff.OrganisationId ? ReferralSide.Sender : ReferralSide.Recipient;

    /// <summary>A short reference both sides can quote on the phone, from the referral's own id.</summary>
    public static string NewReference(Guid id) => $"REF-{id.ToString("N")[^10..].ToUpperInvariant()}";
}
