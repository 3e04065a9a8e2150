using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// A committee member scores a self-employment application on the programme's grid. Members are officers and
/// self-employment counsellors, never the person's own counsellor; each has one score sheet, which they may
/// replace until the application is decided.
/// </summary>
public static class ScoreApplication
{
    public sealed record Score(string? Code, int? Points);

    public sealed record Request(IReadOnlyList<Score>? Scores, string? Comment);

    public static bool MayScore(ICurrentStaff staff) =>
        staff.IsInRole(Roles.ProgrammeOfficer) || staff.IsInRole(Roles.SelfEmploymentCounsellor);

    public static async Task<Results<Ok<ScoreSheetResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.FindAsync(db, staff, id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        if (!MayScore(staff))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: text["Decisions.ScoreForbidden"]);
        }

        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == application.ProgrammeId, cancellationToken);
        if (programme.Kind != ProgrammeKind.SelfEmploymentGrant)
        {
            return Conflicts.Of(text["Decisions.NotSelfEmployment"]);
        }

        var counsellor = await db.People.Where(p => p.Id == application.PersonId).Select(p => p.CounsellorId).SingleOrDefaultAsync(cancellationToken);
        if (counsellor is not null && counsellor == staff.UserId)
        {
            return DecisionRules.FourEyes("Decisions.ScoreOwnCounsellor", text);
        }

        if (application.Status is not (ApplicationStatus.EligibilityChecked or ApplicationStatus.UnderReview))
        {
            return Conflicts.Of(text["Decisions.ScoreClosed", text[$"Application.Status.{application.Status}"]]);
        }

        var errors = new ValidationErrors(text).MaxLength("comment", request.Comment, DecisionRules.TextMaxLength, "Decisions.Comment");
        var scores = Validate(programme, request.Scores ?? [], errors, text);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var now = clock.GetUtcNow();
        var member = staff.UserId!.Value;
        var sheet = await db.CommitteeScores.SingleOrDefaultAsync(s => s.ApplicationId == id && s.MemberId == member, cancellationToken);
        if (sheet is null)
        {
            sheet = new CommitteeScore { ApplicationId = id, MemberId = member };
            db.CommitteeScores.Add(sheet);
        }

        sheet.Scores = scores;
        sheet.Total = scores.Sum(s => s.Points);
        sheet.Comment = FreeText.Clean(request.Comment);
        sheet.At = now;
        db.ApplicationEvents.Add(ApplicationMoves.Event(application, staff, now, ApplicationEventKind.CommitteeScored));
        audit.Add(db, ApplicationAudit.CommitteeScored, staff.UserId, staff.OrganisationId, ApplicationAudit.Subject(application.PersonId),
            $"application {application.Id}: {sheet.Total}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same member's two sheets sent at once: the unique index keeps one.
            db.ChangeTracker.Clear();
            return Conflicts.Of(text["EditedByOther"]);
        }

        var name = await db.Users.Where(u => u.Id == member).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        return TypedResults.Ok(ScoreSheetResponse.From(sheet, name));
    }

    /// <summary>Every criterion of the grid scored once, within its points; errors name the line (<c>scores[i]</c>).</summary>
    private static List<CriterionScore> Validate(Programme programme, IReadOnlyList<Score> scores, ValidationErrors errors, IStringLocalizer<SharedResource> text)
    {
        var grid = programme.ScoringGrid.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var valid = new List<CriterionScore>();
        for (var i = 0; i < scores.Count; i++)
        {
            var field = $"scores[{i}]";
            var score = scores[i];
            if (score.Code is null || !grid.TryGetValue(score.Code, out var criterion))
            {
                errors.Add(field, text["Decisions.ScoreUnknownCriterion", score.Code ?? ""]);
            }
            else if (!seen.Add(score.Code))
            {
                errors.Add(field, text["Decisions.ScoreTwice", criterion.Label]);
            }
            else if (score.Points is not { } points || points < 0 || points > criterion.MaxPoints)
            {
                errors.Add(field, text["FieldBetween", criterion.Label, 0, criterion.MaxPoints]);
            }
            else
            {
                valid.Add(new CriterionScore { Code = criterion.Code, Points = points });
            }
        }

        var missing = grid.Values.Where(c => !seen.Contains(c.Code)).Select(c => c.Label).ToList();
        if (missing.Count > 0)
        {
            errors.Add("scores", text["Decisions.ScoreMissing", string.Join(", ", missing)]);
        }

        return valid;
    }
}
