using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Outcomes;

public static class OutcomesAudit
{
    public const string Recorded = "outcome.recorded";
    public const string Corrected = "outcome.corrected";
    public const string CheckRecorded = "follow-up-check.recorded";
}

public static class OutcomesApi
{
    public static RouteGroupBuilder MapOutcomesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people/{personId:guid}").WithTags("Outcomes").RequireAuthorization(Policies.PeopleFiles);
        group.MapGet("/outcomes", ListOutcomes.Handle).WithSummary("Outcomes, latest first; the latest gives the person's stage.");
        group.MapPost("/outcomes", RecordOutcome.Handle)
            .WithSummary("Record an outcome; a job or an activity schedules follow-up checks at 3, 6 and 12 months.");
        group.MapPut("/outcomes/{outcomeId:guid}", CorrectOutcome.Handle).WithSummary("Correct an outcome (409 when stale); pending checks follow the start date.");
        group.MapGet("/follow-up-checks", ListChecks.Handle);
        group.MapPost("/follow-up-checks/{checkId:guid}/result", RecordCheckResult.Handle).WithSummary("Record a check once (409 the second time).");
        return api;
    }
}
