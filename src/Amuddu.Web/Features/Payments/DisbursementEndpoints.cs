using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Payments;

/// <summary>From the signed agreement to the last tranche: contract, tranches, suspension, recovery, and the employer's confirmations.</summary>
public static class DisbursementEndpoints
{
    public static RouteGroupBuilder MapDisbursementEndpoints(this RouteGroupBuilder applications)
    {
        // Reading the tranches and confirming attendance or a started activity is open to the counsellors who follow the person too.
        applications.MapGet("/{id:guid}/tranches", ListTranches.Handle).WithSummary("The tranches with their payment orders.");
        applications.MapPost("/{id:guid}/tranches/{trancheId:guid}/confirm", ConfirmTranche.Handle)
            .WithSummary("The tranche's condition is met: it falls due. Counsellors may confirm attendance and a started activity.");
        applications.MapGet("/{id:guid}/recoveries", Recoveries.List);

        var money = applications.MapGroup("/").RequireAuthorization(Policies.ProgrammeOfficers);
        money.MapPost("/{id:guid}/contract", ContractApplication.Handle).WithSummary("Approved → Contracted; sets the tranches from the programme.");
        money.MapPost("/{id:guid}/suspend", SuspendApplication.Suspend).WithSummary("No payment is ordered while suspended.");
        money.MapPost("/{id:guid}/resume", SuspendApplication.Resume);
        money.MapPost("/{id:guid}/cancel", CancelApplication.Handle)
            .WithSummary("Cancels what is not paid and releases the unpaid remainder of the budget.");
        money.MapPost("/{id:guid}/recoveries", Recoveries.Open).WithSummary("An amount owed back, at most what was paid.");
        money.MapPost("/{id:guid}/recoveries/{recoveryId:guid}/receipts", Recoveries.Receive);
        money.MapPost("/{id:guid}/recoveries/{recoveryId:guid}/write-off", Recoveries.WriteOff);
        return applications;
    }

    public static RouteGroupBuilder MapEmployerConfirmationEndpoints(this RouteGroupBuilder employer)
    {
        employer.MapGet("/hires-to-confirm", EmployerConfirmations.List).WithSummary("Employment months and retention checks to confirm.");
        employer.MapPost("/applications/{id:guid}/tranches/{trancheId:guid}/confirm", EmployerConfirmations.Confirm)
            .WithSummary("stillEmployed: true confirms the tranche; false records that the hire left.");
        return employer;
    }
}
