using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>The 3- or 6-month answer; <see cref="Indicator"/> links an adopted practice to the service indicator it is meant to move.</summary>
public sealed record FollowUpInput(int? AfterMonths, CommitmentStatus? Result, string? Note, ServiceIndicator? Indicator);

/// <summary>
/// The owner (or the coordinator) says at 3 or 6 months whether the practice was adopted, adapted or not adopted.
/// The commitment takes the latest answer; the first "adopted" or "adapted" dates the adoption.
/// </summary>
public static class RecordFollowUp
{
    public static async Task<Results<Ok<CommitmentResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid commitmentId, FollowUpInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var commitment = await ListCommitments.Visible(db, staff).Include(c => c.FollowUps).SingleOrDefaultAsync(c => c.Id == commitmentId, cancellationToken);
        if (commitment is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors(text).MaxLength("note", request.Note, 2000, "Exchanges.Note");
        var followUp = commitment.FollowUps.SingleOrDefault(f => f.AfterMonths == request.AfterMonths);
        if (followUp is null)
        {
            errors.Add("afterMonths", text["Exchanges.FollowUpMonths"]);
        }

        if (request.Result is null or CommitmentStatus.Pending)
        {
            errors.Add("result", text["FieldRequired", text["Exchanges.Result"]]);
        }

        if (request.Indicator is not null && request.Result is not (CommitmentStatus.Adopted or CommitmentStatus.Adapted))
        {
            errors.Add("indicator", text["Exchanges.IndicatorNeedsAdoption"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (followUp!.Result is not null)
        {
            return TypedResults.Problem(title: text["Exchanges.FollowUpDone"], statusCode: StatusCodes.Status409Conflict);
        }

        var today = SiteTime.Today(clock);
        followUp.Result = request.Result;
        followUp.Note = RecordExchange.Blank(request.Note);
        followUp.RecordedOn = today;
        followUp.RecordedBy = staff.UserId;
        var latest = commitment.FollowUps.Where(f => f.Result is not null).OrderByDescending(f => f.AfterMonths).First();
        commitment.Status = latest.Result!.Value;
        if (request.Result is CommitmentStatus.Adopted or CommitmentStatus.Adapted)
        {
            commitment.AdoptedOn ??= today;
            commitment.Indicator = request.Indicator ?? commitment.Indicator;
        }

        audit.Add(db, ExchangesAudit.FollowUpRecorded, staff.UserId, staff.OrganisationId, ExchangesAudit.Commitment(commitment.Id),
            $"{followUp.AfterMonths} months: {followUp.Result}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok((await GetCommitment.LoadAsync(db, staff, commitment.Id, today, cancellationToken))!);
    }
}
