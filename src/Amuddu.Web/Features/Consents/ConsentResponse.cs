using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Referrals;

namespace Amuddu.Web.Features.Consents;

public sealed record ConsentResponse(
    Guid Id, ConsentPurpose Purpose, Guid? RecipientOrganisationId, OrganisationKind? RecipientKind, ConsentMethod Method,
    string? WitnessName, DateOnly GivenOn, DateOnly? ExpiresOn, DateTimeOffset RecordedAt, ConsentState State,
    DateTimeOffset? WithdrawnAt, string? WithdrawalNote, IReadOnlyList<SharedData>? SharedData)
{
    public static ConsentResponse From(Consent c, DateOnly today) => new(
        c.Id, c.Purpose, c.RecipientOrganisationId, c.RecipientKind, c.Method, c.WitnessName, c.GivenOn, c.ExpiresOn,
        c.RecordedAt, c.StateOn(today), c.WithdrawnAt, c.WithdrawalNote,
        c.Purpose == ConsentPurpose.SharingWithPartner ? SharedDataParts.Split(c.SharedData ?? Referrals.SharedData.Identity) : null);
}
