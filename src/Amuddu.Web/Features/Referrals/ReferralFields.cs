using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Referrals;

/// <summary>What a counsellor writes on a referral, whether drafting it or changing the draft.</summary>
public sealed record ReferralFields(
    Guid? OfferId, string? Reason, string? Request, ReferralUrgency? Urgency, DateOnly? RespondBy, DateOnly? DueBy,
    IReadOnlyList<SharedData>? SharedData)
{
    public const int MaxText = 2000;

    /// <summary>How far ahead an answer may be asked for: beyond that a referral is no longer a referral but a wish.</summary>
    public const int MaxRespondDays = 90;

    /// <summary>The answer asked for by default: the more urgent, the sooner.</summary>
    public static DateOnly DefaultRespondBy(ReferralUrgency urgency, DateOnly today) => today.AddDays(urgency switch
    {
        ReferralUrgency.Urgent => 2,
        ReferralUrgency.Soon => 5,
        ReferralUrgency.Routine => 10,
    });

    /// <summary>
    /// The errors per field, and the organisation the chosen service belongs to. A service that does
    /// not exist, is not published or is the staff member's own organisation's gets the same message.
    /// </summary>
    public async Task<(ValidationErrors Errors, Guid? RecipientOrganisationId)> ValidateAsync(
        AmudduDbContext db, ICurrentStaff staff, DateOnly today, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text)
            .Required("reason", Reason, "Sending.Reason")
            .MaxLength("reason", Reason, MaxText, "Sending.Reason")
            .MaxLength("request", Request, MaxText, "Sending.Request");

        Guid? recipient = null;
        if (OfferId is not { } offerId)
        {
            errors.Add("offerId", text["FieldRequired", text["Sending.Service"]]);
        }
        else
        {
            recipient = await db.Offers.Where(o => o.Id == offerId && o.Status == OfferStatus.Published && o.OrganisationId != staff.OrganisationId)
                .Select(o => (Guid?)o.OrganisationId).SingleOrDefaultAsync(cancellationToken);
            if (recipient is null)
            {
                errors.Add("offerId", text["Sending.OfferInvalid"]);
            }
        }

        if (Urgency is not { } urgency || !Enum.IsDefined(urgency))
        {
            errors.Add("urgency", text["FieldRequired", text["Referral.Urgency"]]);
        }

        if (RespondBy is { } respondBy && (respondBy < today || respondBy > today.AddDays(MaxRespondDays)))
        {
            errors.Add("respondBy", text["Sending.RespondByRange", today.AddDays(MaxRespondDays).ToString("d", System.Globalization.CultureInfo.CurrentCulture)]);
        }

        if (DueBy < today)
        {
            errors.Add("dueBy", text["Sending.DueByPast"]);
        }

        if (SharedData is { } parts && !SharedDataParts.AreKnown(parts))
        {
            errors.Add("sharedData", text["FieldInvalid", "sharedData"]);
        }
        else if (SharedData is null || !SharedData.Contains(Referrals.SharedData.Identity))
        {
            errors.Add("sharedData", text["Sending.IdentityRequired"]);
        }

        return (errors, recipient);
    }

    /// <summary>Writes valid fields onto the draft.</summary>
    public void ApplyTo(Referral referral, Guid recipientOrganisationId, DateOnly today)
    {
        referral.OfferId = OfferId!.Value;
        referral.RecipientOrganisationId = recipientOrganisationId;
        referral.Reason = FreeText.Clean(Reason)!;
        referral.Request = FreeText.Clean(Request);
        referral.Urgency = Urgency!.Value;
        referral.RespondBy = RespondBy ?? DefaultRespondBy(Urgency.Value, today);
        referral.DueBy = DueBy;
        referral.SharedData = SharedDataParts.Combine(SharedData!);
    }
}
