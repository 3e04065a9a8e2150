using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Referrals;

/// <summary>Both boxes and the life of a sent referral: status changes, notes, the shared part of the file, counter-referrals.</summary>
public static class ReceivingEndpoints
{
    public static RouteGroupBuilder MapReceivingEndpoints(this RouteGroupBuilder referrals)
    {
        referrals.MapGet("/", ListReferrals.Handle)
            .WithSummary("The received box (referrals to the caller's organisation, naming no one) or the sent box; ?box=received|sent&status=&overdue=true&page=&sort=updated|overdue (overdue: the overdue first, then by the date the answer is due).");
        referrals.MapGet("/{id:guid}", GetReferral.Handle)
            .WithSummary("A referral, its history and the actions allowed now; the receiving side's first look marks a sent referral received.");
        referrals.MapGet("/{id:guid}/person", GetSharedPerson.Handle)
            .WithSummary("The shared part of the person's file, for the receiving side while the referral is open and the consent covers it; 404 otherwise.");
        referrals.MapPost("/{id:guid}/withdraw", WithdrawReferral.Handle);
        referrals.MapPost("/{id:guid}/accept", AcceptReferral.Handle);
        referrals.MapPost("/{id:guid}/decline", DeclineReferral.Handle);
        referrals.MapPost("/{id:guid}/start", StartReferral.Handle).WithSummary("The person is enrolled, taken in (in progress).");
        referrals.MapPost("/{id:guid}/complete", CompleteReferral.Handle);
        referrals.MapPost("/{id:guid}/close", CloseReferral.Handle);
        referrals.MapPost("/{id:guid}/notes", AddReferralNote.Handle);
        referrals.MapPost("/{id:guid}/counter-referral", CounterRefer.Handle)
            .WithSummary("The receiving side refers the person back to a published service of the sending organisation.");
        return referrals;
    }

    /// <summary>Overdue referrals escalated to the caller: for managers, who may hold no referral role.</summary>
    public static RouteGroupBuilder MapEscalatedReferrals(this RouteGroupBuilder api)
    {
        api.MapGroup("/referrals/escalated").WithTags("Referrals").RequireAuthorization(Policies.Staff)
            .MapGet("/", ListEscalatedReferrals.Handle);
        return api;
    }
}
