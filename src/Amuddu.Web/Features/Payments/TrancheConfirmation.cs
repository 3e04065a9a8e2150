using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Payments;

/// <summary>
/// A tranche's condition is met (a month of attendance, the hire still employed, a retention check, receipts,
/// the activity started): it falls due and may be ordered. Shared by the officers' confirmation and the
/// employer's, so both record the same facts.
/// </summary>
public static class TrancheConfirmation
{
    public static bool CanConfirm(Tranche tranche) => tranche.Status == TrancheStatus.Planned;

    public static void Confirm(Tranche tranche, ICurrentStaff staff, DateTimeOffset now, string? evidence)
    {
        tranche.Status = TrancheStatus.Due;
        tranche.ConditionMetAt = now;
        tranche.ConditionMetBy = staff.UserId;
        tranche.Evidence = Infrastructure.FreeText.Clean(evidence);
    }
}
