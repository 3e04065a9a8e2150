using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Applications;

/// <summary>The officers' side: the queue, review, eligibility override, four-eyes approval, rejection, the committee.</summary>
public static class DecisionEndpoints
{
    public static RouteGroupBuilder MapDecisionEndpoints(this RouteGroupBuilder applications)
    {
        applications.MapGet("/", ListQueue.Handle)
            .WithSummary("The organisation's applications by decision deadline, with filters (status, programme, kind, overdue) and counts by status.");
        applications.MapGet("/{id:guid}/decision", GetDecision.Handle)
            .WithSummary("Where the decision stands: approvals so far, whether the reader may approve (four eyes), the committee's verdict.");

        var officers = applications.MapGroup("").RequireAuthorization(Policies.ProgrammeOfficers);
        officers.MapPost("/{id:guid}/override", OverrideEligibility.Handle).WithSummary("Grant eligibility against the rules, with a written justification.");
        officers.MapPost("/{id:guid}/review", StartReview.Handle).WithSummary("Take an eligible application into review.");
        officers.MapPost("/{id:guid}/approve", ApproveApplication.Handle)
            .WithSummary("One of the two approvals (four eyes); the second commits the amount against the budget and approves.");
        officers.MapPost("/{id:guid}/reject", RejectApplication.Handle).WithSummary("Reject an application before approval, with the reason.");
        officers.MapPost("/committee-meetings", RecordCommitteeMeeting.Handle)
            .WithSummary("Record a self-employment committee meeting and link the applications it examined.");

        applications.MapGet("/{id:guid}/scores", ListScores.Handle).WithSummary("The committee's score sheets, their average and the pass mark.");
        applications.MapPut("/{id:guid}/scores", ScoreApplication.Handle)
            .WithSummary("A committee member's score sheet (officers and self-employment counsellors, not the person's counsellor).");
        applications.MapGet("/committee-meetings/{id:guid}", GetCommitteeMeeting.Handle).WithSummary("A committee meeting's record.");
        return applications;
    }
}
