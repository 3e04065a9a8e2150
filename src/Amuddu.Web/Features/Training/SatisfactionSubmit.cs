using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

public sealed record SatisfactionInput(int? Rating, string? Comment);

/// <summary>
/// A participant who attended a held session answers its questionnaire, once. The answer is stored apart from the
/// receipt that says who answered (<see cref="SatisfactionAnswer"/>), so reports cannot name anyone.
/// </summary>
public static class SatisfactionSubmit
{
    public static async Task<Results<NoContent, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid sessionId, SatisfactionInput request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var session = await db.TrainingSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        var participant = session is null ? null : await TestAccess.EnrolmentAsync(db, staff, session.CycleId, cancellationToken);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        if (!await CanAnswerAsync(db, session!, participant.Id, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict, title: text["Satisfaction.NotAttended"]);
        }

        if (await db.SatisfactionReceipts.AnyAsync(r => r.SessionId == sessionId && r.ParticipantId == participant.Id, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict, title: text["Satisfaction.AlreadyAnswered"]);
        }

        var errors = new ValidationErrors(text);
        if (request.Rating is null)
        {
            errors.Add("rating", text["FieldRequired", text["Satisfaction.Field.Rating"]]);
        }
        else if (request.Rating is < SatisfactionLimits.MinRating or > SatisfactionLimits.MaxRating)
        {
            errors.Add("rating", text["Satisfaction.RatingRange", text["Satisfaction.Field.Rating"], SatisfactionLimits.MinRating, SatisfactionLimits.MaxRating]);
        }

        errors.MaxLength("comment", request.Comment, SatisfactionLimits.Comment, "Satisfaction.Field.Comment");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        db.SatisfactionAnswers.Add(new SatisfactionAnswer
        {
            SessionId = sessionId, ModuleId = session!.ModuleId, CycleId = session.CycleId, Rating = request.Rating!.Value,
            Comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(),
        });
        db.SatisfactionReceipts.Add(new SatisfactionReceipt { SessionId = sessionId, ParticipantId = participant.Id, AnsweredOn = SiteTime.Today(clock) });
        audit.Add(db, TestAudit.SatisfactionAnswered, staff.UserId, staff.OrganisationId, TestAudit.SessionSubject(sessionId));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same participant answering twice at once: the receipt's key lets one through.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict, title: text["Satisfaction.AlreadyAnswered"]);
        }

        return TypedResults.NoContent();
    }

    /// <summary>The session was held and the participant was there.</summary>
    public static Task<bool> CanAnswerAsync(AmudduDbContext db, TrainingSession session, Guid participantId, CancellationToken cancellationToken) =>
        session.Status != TrainingSessionStatus.Held
            ? Task.FromResult(false)
            : db.TrainingAttendance.AnyAsync(a => a.SessionId == session.Id && a.ParticipantId == participantId && a.Status == AttendanceStatus.Present, cancellationToken);
}
