using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Payments;

public static class PaymentsApi
{
    /// <summary><c>/api/v1/payments</c>: payment orders (with <c>Idempotency-Key</c>), transfer files, reconciliation.</summary>
    public static RouteGroupBuilder MapPaymentsApi(this RouteGroupBuilder api)
    {
        var payments = api.MapGroup("/payments").WithTags("Payments").RequireAuthorization(Policies.ProgrammeOfficers);
        payments.MapPost("/", OrderPayment.Handle)
            .WithSummary("Orders a due tranche. The Idempotency-Key header is required: the same key and request return the same order.");
        payments.MapGet("/", ListPayments.Handle);
        payments.MapGet("/{id:guid}", GetPayment.Handle);
        payments.MapPost("/{id:guid}/cancel", CancelPayment.Handle).WithSummary("Only orders not yet sent to the bank; kept as cancelled.");
        payments.MapPost("/export", TransferFile.Export).WithSummary("The transfer file (CSV) of every waiting order, marked sent.");
        payments.MapGet("/batches/{batch}", TransferFile.Download);
        payments.MapPost("/reconcile", ReconcilePayments.Handle).WithSummary("The bank's return file (multipart, field 'file'); lists the mismatches.");
        return api;
    }
}
