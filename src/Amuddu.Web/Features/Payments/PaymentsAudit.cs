using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Payments;

/// <summary>Audit actions of the payments part that the shared <c>ApplicationAudit</c> does not name; each has a text "Audit.&lt;action&gt;".</summary>
public static class PaymentsAudit
{
    /// <summary>The employer says the hire has left: the officer decides what follows (suspend, cancel).</summary>
    public const string HireLeft = "tranche.hire-left";
    public const string RecoveryWrittenOff = "recovery.written-off";
}

public static class PaymentProblems
{
    /// <summary>409 tranche-not-payable, with the reason as the title.</summary>
    public static ProblemHttpResult NotPayable(IStringLocalizer<SharedResource> text, string reasonKey) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.TrancheNotPayable, title: text[reasonKey]);

    public static ProblemHttpResult KeyReused(IStringLocalizer<SharedResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, type: ProblemTypes.IdempotencyKeyReused,
            title: text["Payments.KeyReused"]);
}
