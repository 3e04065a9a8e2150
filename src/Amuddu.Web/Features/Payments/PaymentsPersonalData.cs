using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Payments;

/// <summary>A payment order as the person may read it: with the account it was paid to, decrypted.</summary>
public sealed record PaymentOrderExport(PaymentOrderResponse Order, string? PayeeAccount);

public sealed record PaymentsExport(IReadOnlyList<TrancheResponse> Tranches, IReadOnlyList<PaymentOrderExport> Orders, IReadOnlyList<RecoveryResponse> Recoveries);

/// <summary>
/// The money side of a person's applications: tranches, payment orders (with the payee's account) and recoveries.
/// Erasing blanks the payee's name and account, the evidence and the reasons; amounts, statuses and dates stay for
/// the programme's accounts. The timeline is the applications' own history, which already carries every payment event.
/// </summary>
public sealed class PaymentsPersonalData(AmudduDbContext db, FieldProtector protector) : IPersonalDataSection
{
    public string Name => "payments";

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var applications = db.Applications.Where(a => a.PersonId == personId).Select(a => a.Id);
        var tranches = await db.Tranches.AsNoTracking().Where(t => applications.Contains(t.ApplicationId))
            .OrderBy(t => t.ApplicationId).ThenBy(t => t.Number).ToListAsync(cancellationToken);
        var orders = await db.PaymentOrders.AsNoTracking().Where(o => applications.Contains(o.ApplicationId)).OrderBy(o => o.CreatedAt).ToListAsync(cancellationToken);
        var recoveries = await db.Recoveries.AsNoTracking().Where(r => applications.Contains(r.ApplicationId)).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        return new PaymentsExport(
            tranches.Select(t => TrancheResponse.From(t, orders)).ToList(),
            orders.Select(o => new PaymentOrderExport(PaymentOrderResponse.From(o), o.PayeeAccountCipher.Length == 0 ? null : protector.UnprotectText(o.PayeeAccountCipher))).ToList(),
            recoveries.Select(RecoveryResponse.From).ToList());
    }

    public async Task EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        var applications = db.Applications.Where(a => a.PersonId == personId).Select(a => a.Id);
        await db.PaymentOrders.Where(o => applications.Contains(o.ApplicationId)).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.PayeeName, "")
            .SetProperty(o => o.PayeeAccountCipher, "")
            .SetProperty(o => o.FailureReason, (string?)null)
            .SetProperty(o => o.CancelReason, (string?)null), cancellationToken);
        await db.Tranches.Where(t => applications.Contains(t.ApplicationId))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Evidence, (string?)null), cancellationToken);
        await db.Recoveries.Where(r => applications.Contains(r.ApplicationId))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Reason, ""), cancellationToken);
    }

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TimelineEntry>>([]);
}
