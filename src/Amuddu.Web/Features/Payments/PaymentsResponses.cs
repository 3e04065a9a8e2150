using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.Payments;

/// <summary>A payment order as officers read it: amounts in dirhams, the payee's name but never the account.</summary>
public sealed record PaymentOrderResponse(
    Guid Id, string Reference, Guid ProgrammeId, Guid ApplicationId, Guid TrancheId, decimal Amount, PaymentChannel Channel,
    string PayeeName, PaymentStatus Status, DateTimeOffset CreatedAt, string? ExportBatch, DateTimeOffset? ExportedAt,
    string? BankReference, DateOnly? SettledOn, string? FailureReason, DateTimeOffset? CancelledAt, string? CancelReason, long Version)
{
    public static PaymentOrderResponse From(PaymentOrder o) => new(
        o.Id, o.Reference, o.ProgrammeId, o.ApplicationId, o.TrancheId, Money.ToDirhams(o.AmountCentimes), o.Channel,
        o.PayeeName, o.Status, o.CreatedAt, o.ExportBatch, o.ExportedAt, o.BankReference, o.SettledOn, o.FailureReason,
        o.CancelledAt, o.CancelReason, o.Version);
}

public sealed record TrancheResponse(
    Guid Id, Guid ApplicationId, int Number, TrancheCondition Condition, int? Month, DateOnly DueOn, decimal Amount,
    TrancheStatus Status, DateTimeOffset? ConditionMetAt, string? Evidence, long Version, IReadOnlyList<PaymentOrderResponse> Orders)
{
    public static TrancheResponse From(Tranche t, IEnumerable<PaymentOrder> orders) => new(
        t.Id, t.ApplicationId, t.Number, t.Condition, t.Month, t.DueOn, Money.ToDirhams(t.AmountCentimes), t.Status,
        t.ConditionMetAt, t.Evidence, t.Version,
        orders.Where(o => o.TrancheId == t.Id).OrderBy(o => o.CreatedAt).Select(PaymentOrderResponse.From).ToList());
}

public sealed record RecoveryResponse(
    Guid Id, Guid ApplicationId, decimal Owed, decimal Recovered, decimal Outstanding, string Reason, RecoveryStatus Status,
    DateOnly? DueOn, DateTimeOffset CreatedAt, long Version)
{
    public static RecoveryResponse From(Recovery r) => new(
        r.Id, r.ApplicationId, Money.ToDirhams(r.OwedCentimes), Money.ToDirhams(r.RecoveredCentimes),
        Money.ToDirhams(r.OwedCentimes - r.RecoveredCentimes), r.Reason, r.Status, r.DueOn, r.CreatedAt, r.Version);
}
