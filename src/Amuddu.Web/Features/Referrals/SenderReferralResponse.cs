namespace Amuddu.Web.Features.Referrals;

/// <summary>A referral as its sender wrote it: the answer to drafting, changing and sending it.</summary>
public sealed record SenderReferralResponse(
    Guid Id, string Reference, Guid PersonId, Guid OfferId, Guid RecipientOrganisationId, ReferralStatus Status, ReferralUrgency Urgency,
    string Reason, string? Request, DateOnly RespondBy, DateOnly? DueBy, IReadOnlyList<SharedData> SharedData, Guid? ConsentId,
    DateTimeOffset? SentAt, long Version)
{
    public static SenderReferralResponse From(Referral r) => new(
        r.Id, r.Reference, r.PersonId, r.OfferId, r.RecipientOrganisationId, r.Status, r.Urgency, r.Reason, r.Request, r.RespondBy, r.DueBy,
        SharedDataParts.Split(r.SharedData), r.ConsentId, r.SentAt, r.Version);
}
