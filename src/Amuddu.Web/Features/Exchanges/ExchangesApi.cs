using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Exchanges;

public static class ExchangesApi
{
    public static RouteGroupBuilder MapExchangesApi(this RouteGroupBuilder api)
    {
        // All staff: the handlers say who sees which exchange (participants theirs) and whose commitments.
        var group = api.MapGroup("/exchanges").WithTags("Exchanges").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListExchanges.Handle).WithSummary("Peer exchanges: all of the organisation's for the coordinator, those one took part in otherwise.");
        group.MapPost("/", RecordExchange.Handle).RequireAuthorization(Policies.Exchanges)
            .WithSummary("Record a peer exchange (kind, host and visiting organisations, dates, place, themes, participants, guests, agenda).");
        group.MapGet("/{exchangeId:guid}", GetExchange.Handle).WithSummary("An exchange with its participants, learning logs and practices.");
        group.MapPut("/{exchangeId:guid}/log", WriteLearningLog.Handle).WithSummary("A participant writes their own learning log.");

        group.MapGet("/practices", ListPractices.Handle).WithSummary("The practice library: by theme and words (query), 25 a page (page).");
        group.MapPost("/practices", RecordPractice.Handle).RequireAuthorization(Policies.Exchanges)
            .WithSummary("Add a practice, written in one language (fr, ar or en), marked as its original.");
        group.MapGet("/practices/{practiceId:guid}", GetPractice.Handle).WithSummary("A practice in every language it is written in, with its commitments.");
        group.MapPost("/practices/{practiceId:guid}/texts", TranslatePractice.Handle).RequireAuthorization(Policies.Exchanges)
            .WithSummary("Add or correct its text in another language.");

        group.MapGet("/commitments", ListCommitments.Handle).WithSummary("Commitments: all for the coordinator, one's own otherwise (status).");
        group.MapPost("/commitments", RecordCommitment.Handle).RequireAuthorization(Policies.Exchanges)
            .WithSummary("Adopt practice X in agency Y by a date, with an owner; follow-ups due at 3 and 6 months.");
        group.MapGet("/commitments/{commitmentId:guid}", GetCommitment.Handle);
        group.MapPost("/commitments/{commitmentId:guid}/follow-ups", RecordFollowUp.Handle)
            .WithSummary("The 3- or 6-month follow-up: adopted, adapted or not adopted, with a note and the indicator it is meant to move.");
        return api;
    }
}
