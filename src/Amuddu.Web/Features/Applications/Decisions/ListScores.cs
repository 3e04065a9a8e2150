using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Applications;

public sealed record CriterionScoreResponse(string Code, int Points);

public sealed record ScoreSheetResponse(Guid MemberId, string Member, IReadOnlyList<CriterionScoreResponse> Scores, int Total, string? Comment, DateTimeOffset At)
{
    public static ScoreSheetResponse From(CommitteeScore sheet, string member) =>
        new(sheet.MemberId, member, [.. sheet.Scores.Select(s => new CriterionScoreResponse(s.Code, s.Points))], sheet.Total, sheet.Comment, sheet.At);
}

public sealed record ScoringCriterionResponse(string Code, string Label, int MaxPoints);

/// <summary>The committee's scoring of an application: the grid, each member's sheet, the average and the pass mark.</summary>
public sealed record ScoresResponse(
    IReadOnlyList<ScoringCriterionResponse> Grid, IReadOnlyList<ScoreSheetResponse> Sheets, decimal? Average, int? PassMark, bool? Passes);

public static class ListScores
{
    public static async Task<Results<Ok<ScoresResponse>, NotFound>> Handle(Guid id, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.Visible(db, staff).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == application.ProgrammeId, cancellationToken);
        var sheets = await db.CommitteeScores.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.At).ToListAsync(cancellationToken);
        var members = sheets.Select(s => s.MemberId).ToList();
        var names = await db.Users.AsNoTracking().Where(u => members.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        decimal? average = sheets.Count == 0 ? null : Math.Round((decimal)sheets.Sum(s => s.Total) / sheets.Count, 2);
        return TypedResults.Ok(new ScoresResponse(
            [.. programme.ScoringGrid.Select(c => new ScoringCriterionResponse(c.Code, c.Label, c.MaxPoints))],
            [.. sheets.Select(s => ScoreSheetResponse.From(s, names.GetValueOrDefault(s.MemberId, "")))],
            average, programme.PassMark, average is { } a && programme.PassMark is { } pass ? a >= pass : null));
    }
}
