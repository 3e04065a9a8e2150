using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Referrals;

/// <summary>The sending side: what a person's consent allows a recipient, drafting, sending, a person's referrals.</summary>
public static class SendingEndpoints
{
    public static RouteGroupBuilder MapSendingEndpoints(this RouteGroupBuilder referrals, RouteGroupBuilder api)
    {
        referrals.MapGet("/allowance", GetReferralAllowance.Handle)
            .WithSummary("What the person's consents in force allow the organisation of a service to see, and whether a referral to it can be sent.");
        referrals.MapPost("/", CreateReferral.Handle)
            .WithSummary("Draft a referral to a published service of another organisation, or send it at once with send: true (409 consent-required when the consent does not cover it; 409 service-full when the service is full, unless confirmFull: true).");
        referrals.MapPut("/{id:guid}", UpdateReferralDraft.Handle).WithSummary("Change a draft (sender only, with the version read).");
        referrals.MapPost("/{id:guid}/send", SendReferral.Handle)
            .WithSummary("Send a draft: 409 consent-required, naming the missing parts, when the person's consent does not cover what it shares; 409 service-full when the service is marked full, unless confirmFull: true.");

        // A person's referrals belong with the file: people-files staff of the person's organisation.
        var person = api.MapGroup("/people/{personId:guid}/referrals").WithTags("Referrals")
            .RequireAuthorization(Policies.Referrals).RequireAuthorization(Policies.PeopleFiles);
        person.MapGet("/", ListPersonReferrals.Handle).WithSummary("A person's referrals: service, partner, status, dates, overdue, the partner's answer.");
        return referrals;
    }
}
