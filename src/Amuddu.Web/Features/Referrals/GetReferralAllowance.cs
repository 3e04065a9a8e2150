using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>
/// What the person's consents in force let the organisation of a service see, before a referral is
/// written: the parts that may be shared, the consent they come from, and why nothing may be.
/// </summary>
public static class GetReferralAllowance
{
    public sealed record Response(
        Guid OfferId, Guid RecipientOrganisationId, string RecipientOrganisationName, IReadOnlyList<SharedData> Allowed, Guid? ConsentId,
        bool CanSend, string? Reason);

    public static async Task<Results<Ok<Response>, ValidationProblem, NotFound>> Handle(
        Guid personId, Guid offerId, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var response = await ForAsync(db, personId, offerId, staff, clock, text, cancellationToken);
        if (response is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["offerId"] = [text["Sending.OfferInvalid"]] }, title: text["ValidationTitle"]);
        }

        await audit.RecordAsync(ReferralAudit.ConsentChecked, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"allowance for {response.RecipientOrganisationId}: {SharedDataParts.Combine(response.Allowed)}", cancellationToken);
        return TypedResults.Ok(response);
    }

    /// <summary>The allowance for a published service of another organisation; null for any other service. The caller has checked the person.</summary>
    public static async Task<Response?> ForAsync(AmudduDbContext db, Guid personId, Guid offerId, ICurrentStaff staff, TimeProvider clock,
        IStringLocalizer text, CancellationToken cancellationToken)
    {
        var recipient = await db.Offers.AsNoTracking()
            .Where(o => o.Id == offerId && o.Status == OfferStatus.Published && o.OrganisationId != staff.OrganisationId)
            .Join(db.Organisations, o => o.OrganisationId, r => r.Id, (o, r) => new { r.Id, r.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (recipient is null)
        {
            return null;
        }

        var (allowed, consentId) = await ReferralConsent.AllowedAsync(db, personId, recipient.Id, SiteTime.Today(clock), cancellationToken);
        var canSend = consentId is not null && allowed.HasFlag(SharedData.Identity);
        return new Response(offerId, recipient.Id, recipient.Name, SharedDataParts.Split(allowed), consentId, canSend,
            canSend ? null : text["Sending.NoSharingConsent", recipient.Name].Value);
    }
}
